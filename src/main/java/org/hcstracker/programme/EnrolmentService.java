package org.hcstracker.programme;

import java.time.Clock;

import org.hcstracker.people.AccountService;
import org.hcstracker.people.AccountView;
import org.hcstracker.people.CurrentUser;
import org.hcstracker.people.EmailAddress;
import org.hcstracker.people.NewAccount;
import org.hcstracker.people.OrganisationType;
import org.hcstracker.people.OrganisationView;
import org.hcstracker.people.PasswordLinkService;
import org.hcstracker.people.PeopleRuleException;
import org.hcstracker.people.Role;
import org.hcstracker.shared.RuleException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Enrolling an apprentice: their account and their enrolment, made together or not at
 * all. Only the administrator enrols; the rules an enrolment must meet are
 * {@link EnrolmentChecks}.
 */
@Service
public class EnrolmentService {

	private final ApprenticeRepository apprentices;

	private final EnrolmentChecks checks;

	private final AccountService accounts;

	private final PasswordLinkService passwordLinks;

	private final ApprenticeTimeline timeline;

	private final Clock clock;

	EnrolmentService(ApprenticeRepository apprentices, EnrolmentChecks checks, AccountService accounts,
			PasswordLinkService passwordLinks, ApprenticeTimeline timeline, Clock clock) {
		this.apprentices = apprentices;
		this.checks = checks;
		this.accounts = accounts;
		this.passwordLinks = passwordLinks;
		this.timeline = timeline;
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
		RuleException.throwIfAny(this.checks.check(EnrolmentDraft.of(request)));
		Division division = this.checks.division(request.divisionId());
		StandardVersion version = this.checks.standardVersion(request.standardVersionId());
		OrganisationView employer = this.checks.organisation(request.employerId(), OrganisationType.EMPLOYER,
				"employerId", "enrolment.employer.required");
		AccountView lineManager = this.checks.account(request.lineManagerId(), Role.EMPLOYER, "lineManagerId",
				"enrolment.lineManager.required");
		AccountView coach = this.checks.account(request.coachId(), Role.COACH, "coachId", "enrolment.coach.required");
		AccountView account = createAccount(request, employer, admin);
		Long epaoId = request.epaoId();
		Apprentice.Party epao = (epaoId != null) ? new Apprentice.Party(epaoId,
				this.checks.organisation(epaoId, OrganisationType.EPAO, "epaoId", "enrolment.epao.invalid").name())
				: null;
		Apprentice apprentice = this.apprentices.save(new Apprentice(new Apprentice.Party(account.id(), account.name()),
				account.email(), new UniqueLearnerNumber(request.uln()),
				new Apprentice.Placement(division.requireId(), version.requireId(),
						new Apprentice.Party(employer.id(), employer.name()),
						new Apprentice.Party(lineManager.id(), lineManager.name()),
						new Apprentice.Party(coach.id(), coach.name()), epao),
				request.startDate(), request.plannedEndOrDefault(), request.plannedOtjHours(), this.clock.instant()));
		long id = apprentice.requireId();
		this.timeline.enrolled(apprentice,
				"ULN " + apprentice.getUln() + "; " + account.name() + " at " + employer.name() + "; coach "
						+ coach.name() + "; line manager " + lineManager.name() + "; " + apprentice.getStartDate()
						+ " to " + apprentice.getPlannedEndDate(),
				admin);
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

}
