package org.hcstracker.programme;

import java.time.Clock;

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
		if (!UniqueLearnerNumber.isValid(request.uln())) {
			throw new EnrolmentRuleException("uln", "enrolment.uln.invalid");
		}
		if (this.apprentices.existsByUln(request.uln())) {
			throw new EnrolmentRuleException("uln", "enrolment.uln.taken");
		}
		if (!EmailAddress.isValid(request.email())) {
			throw new EnrolmentRuleException("email", "enrolment.email.invalid");
		}
		Division division = this.divisions.findById(request.divisionId())
			.orElseThrow(() -> new EnrolmentRuleException("divisionId", "enrolment.division.required"));
		StandardVersion version = this.versions.findById(request.standardVersionId())
			.orElseThrow(() -> new EnrolmentRuleException("standardVersionId", "enrolment.standardVersion.required"));
		OrganisationView employer = organisation(request.employerId(), OrganisationType.EMPLOYER, "employerId",
				"enrolment.employer.required");
		AccountView lineManager = account(request.lineManagerId(), Role.EMPLOYER, "lineManagerId",
				"enrolment.lineManager.required");
		if (lineManager.organisationId() != employer.id()) {
			throw new EnrolmentRuleException("lineManagerId", "enrolment.lineManager.notOfEmployer");
		}
		AccountView coach = account(request.coachId(), Role.COACH, "coachId", "enrolment.coach.required");
		if (request.epaoId() != null) {
			organisation(request.epaoId(), OrganisationType.EPAO, "epaoId", "enrolment.epao.invalid");
		}
		if (!request.plannedEndOrDefault().isAfter(request.startDate())) {
			throw new EnrolmentRuleException("plannedEndDate", "enrolment.plannedEndDate.notAfterStart");
		}
		if (request.plannedOtjHours().signum() <= 0
				|| request.plannedOtjHours().compareTo(Apprentice.MAX_PLANNED_HOURS) > 0
				|| request.plannedOtjHours().scale() > 2) {
			throw new EnrolmentRuleException("plannedOtjHours", "enrolment.plannedOtjHours.invalid");
		}
		AccountView account = createAccount(request, employer, admin);
		Apprentice apprentice = this.apprentices
			.save(new Apprentice(account.id(), new UniqueLearnerNumber(request.uln()),
					new Apprentice.Placement(division.requireId(), version.requireId(), employer.id(), lineManager.id(),
							coach.id(), request.epaoId()),
					request.startDate(), request.plannedEndOrDefault(), request.plannedOtjHours(),
					this.clock.instant()));
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
