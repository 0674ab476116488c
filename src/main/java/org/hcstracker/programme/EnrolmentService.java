package org.hcstracker.programme;

import java.math.BigDecimal;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.function.LongFunction;

import org.hcstracker.audit.AuditRecord;
import org.hcstracker.audit.AuditService;
import org.hcstracker.people.AccountNotFoundException;
import org.hcstracker.people.AccountService;
import org.hcstracker.people.AccountView;
import org.hcstracker.people.CurrentUser;
import org.hcstracker.people.EmailAddress;
import org.hcstracker.people.NewAccount;
import org.hcstracker.people.OrganisationNotFoundException;
import org.hcstracker.people.OrganisationService;
import org.hcstracker.people.OrganisationType;
import org.hcstracker.people.OrganisationView;
import org.hcstracker.people.PasswordLinkService;
import org.hcstracker.people.PeopleRuleException;
import org.hcstracker.people.Role;
import org.hcstracker.shared.RuleException;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Enrolling an apprentice: their account and their enrolment, made together or not at
 * all. Only the administrator enrols.
 */
@Service
public class EnrolmentService {

	private final ApprenticeRepository apprentices;

	private final ApprenticeEventRepository events;

	private final DivisionRepository divisions;

	private final StandardVersionRepository versions;

	private final AccountService accounts;

	private final OrganisationService organisations;

	private final PasswordLinkService passwordLinks;

	private final AuditService audit;

	private final Clock clock;

	private final ApplicationEventPublisher publisher;

	EnrolmentService(ApprenticeRepository apprentices, ApprenticeEventRepository events, DivisionRepository divisions,
			StandardVersionRepository versions, AccountService accounts, OrganisationService organisations,
			PasswordLinkService passwordLinks, AuditService audit, Clock clock, ApplicationEventPublisher publisher) {
		this.publisher = publisher;
		this.passwordLinks = passwordLinks;
		this.apprentices = apprentices;
		this.events = events;
		this.divisions = divisions;
		this.versions = versions;
		this.accounts = accounts;
		this.organisations = organisations;
		this.audit = audit;
		this.clock = clock;
	}

	/**
	 * Enrols an apprentice: creates their account (with no password yet) and their
	 * enrolment, on programme from the start date.
	 * @param request what was entered
	 * @param admin the administrator enrolling them
	 * @return the new enrolment
	 * @throws EnrolmentRuleException naming the field whose value a rule refused
	 */
	@Transactional
	public Enrolment enrol(EnrolmentRequest request, CurrentUser admin) {
		admin.requireRole(Role.ADMIN);
		RuleException.throwIfAny(check(EnrolmentDraft.of(request)));
		Division division = this.divisions.findById(request.divisionId())
			.orElseThrow(() -> new EnrolmentRuleException("divisionId", "enrolment.division.required"));
		StandardVersion version = this.versions.findById(request.standardVersionId())
			.orElseThrow(() -> new EnrolmentRuleException("standardVersionId", "enrolment.standardVersion.required"));
		OrganisationView employer = organisation(request.employerId(), OrganisationType.EMPLOYER, "employerId",
				"enrolment.employer.required");
		AccountView lineManager = account(request.lineManagerId(), Role.EMPLOYER, "lineManagerId",
				"enrolment.lineManager.required");
		AccountView coach = account(request.coachId(), Role.COACH, "coachId", "enrolment.coach.required");
		AccountView account = createAccount(request, employer, admin);
		Long epaoId = request.epaoId();
		Apprentice.Party epao = (epaoId != null) ? new Apprentice.Party(epaoId, this.organisations.find(epaoId).name())
				: null;
		Apprentice apprentice = this.apprentices.save(new Apprentice(new Apprentice.Party(account.id(), account.name()),
				account.email(), new UniqueLearnerNumber(request.uln()),
				new Apprentice.Placement(division.requireId(), version.requireId(),
						new Apprentice.Party(employer.id(), employer.name()),
						new Apprentice.Party(lineManager.id(), lineManager.name()),
						new Apprentice.Party(coach.id(), coach.name()), epao),
				request.startDate(), request.plannedEndOrDefault(), request.plannedOtjHours(), this.clock.instant()));
		long id = apprentice.requireId();
		this.events.save(new ApprenticeEvent(id, ApprenticeEventKind.ENROLLED, request.startDate(),
				this.clock.instant(), null, ApprenticeStatus.ON_PROGRAMME, null, admin.asActor()));
		this.audit.record(AuditRecord.of(admin.asActor(), "APPRENTICE_ENROLLED", "Apprentice", id)
			.apprentice(id)
			.after("ON_PROGRAMME; ULN " + apprentice.getUln() + "; " + account.name() + " at " + employer.name()
					+ "; coach " + coach.name() + "; line manager " + lineManager.name() + "; "
					+ apprentice.getStartDate() + " to " + apprentice.getPlannedEndDate()));
		this.publisher.publishEvent(new ApprenticeChanged(id));
		return new Enrolment(id, account.id(), account.name(), this.passwordLinks.issue(account.id(), admin.asActor()));
	}

	/**
	 * Every refusal the enrolment rules make of what has been entered so far, all at once
	 * and each naming its field: the learner number's form and check digit and that no
	 * one has it yet, the email address's form and that no account has it yet, each
	 * choice (the line manager of the chosen employer), the dates and the planned hours.
	 * A part not yet entered is left to the form's own checks.
	 * @param draft what has been entered
	 * @param admin the administrator enrolling
	 * @return the refusals, in the order of the form's fields; empty if none
	 */
	// No transaction of its own: a look-up that finds nothing throws through a service
	// whose transaction would then be marked for rollback, and the refusal it becomes
	// here
	// is an answer, not a failure.
	List<EnrolmentRuleException> refusals(EnrolmentDraft draft, CurrentUser admin) {
		admin.requireRole(Role.ADMIN);
		return check(draft);
	}

	private List<EnrolmentRuleException> check(EnrolmentDraft draft) {
		List<EnrolmentRuleException> refusals = new ArrayList<>();
		String email = draft.email();
		if (email != null && !email.isBlank()) {
			if (!EmailAddress.isValid(email)) {
				refusals.add(new EnrolmentRuleException("email", "enrolment.email.invalid"));
			}
			else if (this.accounts.findByEmail(email).isPresent()) {
				refusals.add(new EnrolmentRuleException("email", "account.email.taken"));
			}
		}
		String uln = draft.uln();
		if (uln != null && !uln.isBlank()) {
			if (!UniqueLearnerNumber.isValid(uln)) {
				refusals.add(new EnrolmentRuleException("uln", "enrolment.uln.invalid"));
			}
			else if (this.apprentices.existsByUln(uln)) {
				refusals.add(new EnrolmentRuleException("uln", "enrolment.uln.taken"));
			}
		}
		if (draft.divisionId() != null && this.divisions.findById(draft.divisionId()).isEmpty()) {
			refusals.add(new EnrolmentRuleException("divisionId", "enrolment.division.required"));
		}
		if (draft.standardVersionId() != null && this.versions.findById(draft.standardVersionId()).isEmpty()) {
			refusals.add(new EnrolmentRuleException("standardVersionId", "enrolment.standardVersion.required"));
		}
		OrganisationView employer = checked(refusals, draft.employerId(),
				(id) -> organisation(id, OrganisationType.EMPLOYER, "employerId", "enrolment.employer.required"));
		AccountView lineManager = checked(refusals, draft.lineManagerId(),
				(id) -> account(id, Role.EMPLOYER, "lineManagerId", "enrolment.lineManager.required"));
		if (employer != null && lineManager != null && lineManager.organisationId() != employer.id()) {
			refusals.add(new EnrolmentRuleException("lineManagerId", "enrolment.lineManager.notOfEmployer"));
		}
		checked(refusals, draft.coachId(), (id) -> account(id, Role.COACH, "coachId", "enrolment.coach.required"));
		checked(refusals, draft.epaoId(),
				(id) -> organisation(id, OrganisationType.EPAO, "epaoId", "enrolment.epao.invalid"));
		if (draft.startDate() != null && draft.plannedEndDate() != null
				&& !draft.plannedEndDate().isAfter(draft.startDate())) {
			refusals.add(new EnrolmentRuleException("plannedEndDate", "enrolment.plannedEndDate.notAfterStart"));
		}
		BigDecimal hours = draft.plannedOtjHours();
		if (hours != null
				&& (hours.signum() <= 0 || hours.compareTo(Apprentice.MAX_PLANNED_HOURS) > 0 || hours.scale() > 2)) {
			refusals.add(new EnrolmentRuleException("plannedOtjHours", "enrolment.plannedOtjHours.invalid"));
		}
		return refusals;
	}

	/**
	 * What the look-up finds for the id chosen, or null if none was chosen or the look-up
	 * refused it (the refusal is then added).
	 */
	private static <T> @Nullable T checked(List<EnrolmentRuleException> refusals, @Nullable Long id,
			LongFunction<T> lookUp) {
		if (id == null) {
			return null;
		}
		try {
			return lookUp.apply(id);
		}
		catch (EnrolmentRuleException ex) {
			refusals.add(ex);
			return null;
		}
	}

	private AccountView createAccount(EnrolmentRequest request, OrganisationView employer, CurrentUser admin) {
		try {
			return this.accounts.create(
					new NewAccount(request.name(), new EmailAddress(request.email()), Role.APPRENTICE, employer.id()),
					admin.asActor());
		}
		catch (PeopleRuleException ex) {
			throw new EnrolmentRuleException("email", ex.getMessageKey());
		}
		catch (IllegalArgumentException ex) {
			throw new EnrolmentRuleException("name", "enrolment.name.invalid");
		}
	}

	private OrganisationView organisation(long id, OrganisationType type, String field, String messageKey) {
		try {
			OrganisationView organisation = this.organisations.find(id);
			if (organisation.type() != type) {
				throw new EnrolmentRuleException(field, messageKey);
			}
			return organisation;
		}
		catch (OrganisationNotFoundException ex) {
			throw new EnrolmentRuleException(field, messageKey);
		}
	}

	private AccountView account(long id, Role role, String field, String messageKey) {
		try {
			AccountView account = this.accounts.find(id);
			if (account.role() != role || !account.enabled()) {
				throw new EnrolmentRuleException(field, messageKey);
			}
			return account;
		}
		catch (AccountNotFoundException ex) {
			throw new EnrolmentRuleException(field, messageKey);
		}
	}

}
