package org.hcstracker.programme;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.function.LongFunction;

import org.hcstracker.people.AccountNotFoundException;
import org.hcstracker.people.AccountService;
import org.hcstracker.people.AccountView;
import org.hcstracker.people.CurrentUser;
import org.hcstracker.people.EmailAddress;
import org.hcstracker.people.OrganisationNotFoundException;
import org.hcstracker.people.OrganisationService;
import org.hcstracker.people.OrganisationType;
import org.hcstracker.people.OrganisationView;
import org.hcstracker.people.Role;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * The rules an enrolment must meet, checked all at once for the form and again when
 * enrolling: each refusal names its field. Also finds the division, standard version,
 * organisations and accounts an enrolment names, refusing a wrong one on its field.
 */
@Component
class EnrolmentChecks {

	private final ApprenticeRepository apprentices;

	private final DivisionRepository divisions;

	private final StandardVersionRepository versions;

	private final AccountService accounts;

	private final OrganisationService organisations;

	EnrolmentChecks(ApprenticeRepository apprentices, DivisionRepository divisions, StandardVersionRepository versions,
			AccountService accounts, OrganisationService organisations) {
		this.apprentices = apprentices;
		this.divisions = divisions;
		this.versions = versions;
		this.accounts = accounts;
		this.organisations = organisations;
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

	/**
	 * Every refusal of what has been entered, without checking who asks.
	 * @param draft what has been entered
	 * @return the refusals; empty if none
	 */
	List<EnrolmentRuleException> check(EnrolmentDraft draft) {
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

	Division division(long id) {
		return this.divisions.findById(id)
			.orElseThrow(() -> new EnrolmentRuleException("divisionId", "enrolment.division.required"));
	}

	StandardVersion standardVersion(long id) {
		return this.versions.findById(id)
			.orElseThrow(() -> new EnrolmentRuleException("standardVersionId", "enrolment.standardVersion.required"));
	}

	OrganisationView organisation(long id, OrganisationType type, String field, String messageKey) {
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

	AccountView account(long id, Role role, String field, String messageKey) {
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
