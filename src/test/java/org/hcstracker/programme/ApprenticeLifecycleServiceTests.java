package org.hcstracker.programme;

import java.time.LocalDate;

import org.hcstracker.audit.AuditEventView;
import org.hcstracker.audit.AuditQuery;
import org.hcstracker.audit.AuditService;
import org.hcstracker.people.AccountView;
import org.hcstracker.people.CurrentUser;
import org.hcstracker.people.OrganisationType;
import org.hcstracker.people.OrganisationService;
import org.hcstracker.people.Role;
import org.hcstracker.audit.AuditRecord.Actor;
import org.hcstracker.testsupport.IntegrationTest;
import org.hcstracker.testsupport.TestAccounts;
import org.hcstracker.testsupport.TestApprentices;
import org.hcstracker.testsupport.TestApprentices.Enrolled;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

@IntegrationTest
class ApprenticeLifecycleServiceTests {

	@Autowired
	ApprenticeLifecycleService lifecycle;

	@Autowired
	CaseloadMoves moves;

	@Autowired
	ApprenticeDirectory directory;

	@Autowired
	AuditService audit;

	@Autowired
	OrganisationService organisations;

	@Autowired
	TestAccounts testAccounts;

	@Autowired
	TestApprentices testApprentices;

	private CurrentUser admin;

	private Enrolled enrolled;

	@BeforeEach
	void enrol() {
		this.admin = this.testApprentices.admin();
		this.enrolled = this.testApprentices.enrolNew();
	}

	@Test
	void aBreakAndAReturnMoveThePlannedEndDateAndAreInTheTimelineAndTheAuditTrail() {
		ApprenticeProfile before = profile();
		LocalDate breakOn = LocalDate.now().minusDays(30);
		this.lifecycle.startBreak(this.enrolled.id(), breakOn, "Long-term sickness", this.admin);
		assertThat(profile().status()).isEqualTo(ApprenticeStatus.BREAK_IN_LEARNING);

		this.lifecycle.returnFromBreak(this.enrolled.id(), breakOn.plusDays(21), this.admin);

		ApprenticeProfile after = profile();
		assertThat(after.status()).isEqualTo(ApprenticeStatus.ON_PROGRAMME);
		assertThat(after.plannedEndDate()).isEqualTo(before.plannedEndDate().plusDays(21));
		assertThat(this.directory.page(this.enrolled.id(), this.admin).timeline()).extracting(TimelineEntry::kind)
			.containsExactly(ApprenticeEventKind.ENROLLED, ApprenticeEventKind.BREAK_STARTED,
					ApprenticeEventKind.RETURNED_FROM_BREAK);
		assertThat(this.audit
			.find(new AuditQuery(java.util.List.of(this.enrolled.id()), java.util.List.of(this.admin.accountId()), null,
					null), 0, 10)
			.getContent()).extracting(AuditEventView::action).contains("BREAK_STARTED", "RETURNED_FROM_BREAK");
	}

	@Test
	void withdrawalNeedsAReasonAndEndsEverything() {
		assertRefused(() -> this.lifecycle.withdraw(this.enrolled.id(), LocalDate.now(), "  ", this.admin),
				"apprentice.reason.required");
		this.lifecycle.withdraw(this.enrolled.id(), LocalDate.now(), "Left the employer", this.admin);

		assertThat(profile().status()).isEqualTo(ApprenticeStatus.WITHDRAWN);
		assertRefused(() -> this.lifecycle.withdraw(this.enrolled.id(), LocalDate.now(), "Again", this.admin),
				"apprentice.transition.notAllowed");
		assertRefused(() -> this.lifecycle.startBreak(this.enrolled.id(), LocalDate.now(), "Leave", this.admin),
				"apprentice.transition.notAllowed");
		assertRefused(() -> this.lifecycle.returnFromBreak(this.enrolled.id(), LocalDate.now(), this.admin),
				"apprentice.transition.notAllowed");
	}

	@Test
	void aReturnWithoutABreakIsRefused() {
		assertRefused(() -> this.lifecycle.returnFromBreak(this.enrolled.id(), LocalDate.now(), this.admin),
				"apprentice.transition.notAllowed");
	}

	@Test
	void theCoachAndLineManagerChangeWithinTheRules() {
		AccountView newCoach = this.testAccounts.person(Role.COACH);
		this.lifecycle.changeCoach(this.enrolled.id(), newCoach.id(), this.admin);
		assertThat(profile().coachId()).isEqualTo(newCoach.id());

		AccountView colleague = this.testAccounts.person(Role.EMPLOYER, this.enrolled.lineManager().organisationId());
		this.lifecycle.changeLineManager(this.enrolled.id(), colleague.id(), this.admin);
		assertThat(profile().lineManagerId()).isEqualTo(colleague.id());

		AccountView elsewhere = this.testAccounts.person(Role.EMPLOYER);
		assertRefused(() -> this.lifecycle.changeLineManager(this.enrolled.id(), elsewhere.id(), this.admin),
				"apprentice.lineManager.notOfEmployer");
		assertRefused(() -> this.lifecycle.changeCoach(this.enrolled.id(), elsewhere.id(), this.admin),
				"apprentice.coach.invalid");
	}

	@Test
	void theEmployersChoiceOfEpaoIsRecordedAndChanged() {
		long first = this.organisations.create("EPAO " + UUID.randomUUID(), OrganisationType.EPAO, Actor.system("Test"))
			.id();
		long second = this.organisations
			.create("EPAO " + UUID.randomUUID(), OrganisationType.EPAO, Actor.system("Test"))
			.id();
		this.lifecycle.chooseEpao(this.enrolled.id(), first, this.admin);
		this.lifecycle.chooseEpao(this.enrolled.id(), second, this.admin);
		assertThat(profile().epaoId()).isEqualTo(second);
		assertRefused(() -> this.lifecycle.chooseEpao(this.enrolled.id(), this.enrolled.lineManager().organisationId(),
				this.admin), "apprentice.epao.invalid");
	}

	@Test
	void aWholeCaseloadMovesInOneStepLeavingWithdrawnApprenticesBehind() {
		AccountView from = this.enrolled.coach();
		var second = this.testApprentices.enrol(this.enrolled.lineManager(), from);
		var withdrawn = this.testApprentices.enrol(this.enrolled.lineManager(), from);
		this.lifecycle.withdraw(withdrawn.apprenticeId(), LocalDate.now(), "Left", this.admin);
		AccountView to = this.testAccounts.person(Role.COACH);
		assertThat(this.moves.caseloadSize(from.id(), to.id(), this.admin)).as("what the confirmation restates")
			.isEqualTo(2);
		assertRefused(() -> this.moves.caseloadSize(to.id(), to.id(), this.admin), "caseload.sameCoach");

		int moved = this.moves.moveCaseload(from.id(), to.id(), this.admin);

		assertThat(moved).isEqualTo(2);
		assertThat(profile().coachId()).isEqualTo(to.id());
		assertThat(this.directory.profile(second.apprenticeId(), this.admin).coachId()).isEqualTo(to.id());
		assertThat(this.directory.profile(withdrawn.apprenticeId(), this.admin).coachId()).isEqualTo(from.id());
		assertRefused(() -> this.moves.moveCaseload(to.id(), to.id(), this.admin), "caseload.sameCoach");
	}

	@Test
	void onlyTheAdministratorChangesAnEnrolment() {
		CurrentUser coach = TestAccounts.signedIn(this.enrolled.coach());
		assertThatExceptionOfType(AccessDeniedException.class)
			.isThrownBy(() -> this.lifecycle.withdraw(this.enrolled.id(), LocalDate.now(), "No", coach));
		assertThatExceptionOfType(AccessDeniedException.class)
			.isThrownBy(() -> this.moves.moveCaseload(coach.accountId(), coach.accountId(), coach));
		assertThat(profile().status()).isEqualTo(ApprenticeStatus.ON_PROGRAMME);
	}

	private ApprenticeProfile profile() {
		return this.directory.profile(this.enrolled.id(), this.admin);
	}

	private static void assertRefused(Runnable change, String messageKey) {
		assertThatExceptionOfType(ProgrammeRuleException.class).isThrownBy(change::run)
			.extracting(ProgrammeRuleException::getMessageKey)
			.isEqualTo(messageKey);
	}

}
