package org.hcstracker.programme;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The enrolment's own rules: valid planned dates and hours, breaks that move the planned
 * end, and the way through gateway and EPA to completion, each step refused from a status
 * it does not start from.
 */
class ApprenticeTests {

	private static final LocalDate START = LocalDate.of(2025, 9, 1);

	private static final LocalDate TODAY = LocalDate.of(2026, 11, 25);

	private static Apprentice apprentice() {
		return new Apprentice(party(1), "bethany.mills@example.org", new UniqueLearnerNumber("9276308686"),
				new Apprentice.Placement(1, 1, party(10), party(20), party(30), null), START, START.plusMonths(24),
				new BigDecimal("460"), Instant.EPOCH);
	}

	@Test
	void anEnrolmentStartsOnProgramme() {
		assertThat(apprentice().getStatus()).isEqualTo(ApprenticeStatus.ON_PROGRAMME);
	}

	@Test
	void aBreakMovesThePlannedEndDateByItsLength() {
		Apprentice apprentice = apprentice();
		apprentice.startBreak(LocalDate.of(2026, 3, 2), TODAY);
		assertThat(apprentice.getStatus()).isEqualTo(ApprenticeStatus.BREAK_IN_LEARNING);

		long days = apprentice.returnFromBreak(LocalDate.of(2026, 5, 11), TODAY);

		assertThat(days).isEqualTo(70);
		assertThat(apprentice.getPlannedEndDate()).isEqualTo(LocalDate.of(2027, 9, 1).plusDays(70));
		assertThat(apprentice.getStatus()).isEqualTo(ApprenticeStatus.ON_PROGRAMME);
		assertThat(apprentice.getBreakStartedOn()).isNull();
	}

	@Test
	void twoBreaksMoveTheEndDateByBoth() {
		Apprentice apprentice = apprentice();
		apprentice.startBreak(LocalDate.of(2025, 12, 1), TODAY);
		apprentice.returnFromBreak(LocalDate.of(2025, 12, 11), TODAY);
		apprentice.startBreak(LocalDate.of(2026, 2, 1), TODAY);
		apprentice.returnFromBreak(LocalDate.of(2026, 2, 6), TODAY);
		assertThat(apprentice.getPlannedEndDate()).isEqualTo(LocalDate.of(2027, 9, 16));
	}

	@Test
	void aBreakCannotStartTwiceNorEndWithoutStarting() {
		Apprentice apprentice = apprentice();
		assertRefused(() -> apprentice.returnFromBreak(TODAY, TODAY), "apprentice.transition.notAllowed");
		apprentice.startBreak(TODAY, TODAY);
		assertRefused(() -> apprentice.startBreak(TODAY, TODAY), "apprentice.transition.notAllowed");
	}

	@Test
	void aBreakCannotStartBeforeTheStartOrInTheFuture() {
		assertRefused(() -> apprentice().startBreak(START.minusDays(1), TODAY), "apprentice.eventDate.invalid");
		assertRefused(() -> apprentice().startBreak(TODAY.plusDays(1), TODAY), "apprentice.eventDate.invalid");
	}

	@Test
	void aReturnCannotComeBeforeTheBreakStarted() {
		Apprentice apprentice = apprentice();
		apprentice.startBreak(LocalDate.of(2026, 3, 2), TODAY);
		assertRefused(() -> apprentice.returnFromBreak(LocalDate.of(2026, 3, 1), TODAY),
				"apprentice.returnDate.invalid");
	}

	@Test
	void aWithdrawnApprenticeCanDoNothingMore() {
		Apprentice apprentice = apprentice();
		apprentice.withdraw(TODAY, TODAY);
		assertThat(apprentice.getStatus()).isEqualTo(ApprenticeStatus.WITHDRAWN);
		assertThat(apprentice.getWithdrawnOn()).isEqualTo(TODAY);
		assertRefused(() -> apprentice.withdraw(TODAY, TODAY), "apprentice.transition.notAllowed");
		assertRefused(() -> apprentice.startBreak(TODAY, TODAY), "apprentice.transition.notAllowed");
		assertRefused(() -> apprentice.changeCoach(party(99)), "apprentice.notActive");
		assertRefused(() -> apprentice.changeLineManager(party(99)), "apprentice.notActive");
	}

	@Test
	void anApprenticeOnABreakCanBeWithdrawn() {
		Apprentice apprentice = apprentice();
		apprentice.startBreak(LocalDate.of(2026, 3, 2), TODAY);
		apprentice.withdraw(TODAY, TODAY);
		assertThat(apprentice.getStatus()).isEqualTo(ApprenticeStatus.WITHDRAWN);
		assertThat(apprentice.getBreakStartedOn()).isNull();
	}

	@Test
	void theEndMustComeAfterTheStartAndHoursMustBePositive() {
		assertRefused(() -> new Apprentice(party(1), "bethany.mills@example.org", new UniqueLearnerNumber("9276308686"),
				new Apprentice.Placement(1, 1, party(10), party(20), party(30), null), START, START,
				new BigDecimal("460"), Instant.EPOCH), "enrolment.plannedEndDate.notAfterStart");
		assertRefused(() -> new Apprentice(party(1), "bethany.mills@example.org", new UniqueLearnerNumber("9276308686"),
				new Apprentice.Placement(1, 1, party(10), party(20), party(30), null), START, START.plusMonths(24),
				BigDecimal.ZERO, Instant.EPOCH), "enrolment.plannedOtjHours.invalid");
	}

	@Test
	void plannedHoursAboveTheMostOrWithMoreThanTwoDecimalsAreRefused() {
		assertRefused(() -> enrolWithHours(Apprentice.MAX_PLANNED_HOURS.add(BigDecimal.ONE)),
				"enrolment.plannedOtjHours.invalid");
		assertRefused(() -> enrolWithHours(new BigDecimal("460.125")), "enrolment.plannedOtjHours.invalid");
		assertThat(enrolWithHours(new BigDecimal("460.25")).getPlannedOtjHours()).isEqualByComparingTo("460.25");
	}

	@Test
	void aReturnFromABreakCannotBeInTheFuture() {
		Apprentice apprentice = apprentice();
		apprentice.startBreak(LocalDate.of(2026, 3, 2), TODAY);
		assertRefused(() -> apprentice.returnFromBreak(TODAY.plusDays(1), TODAY), "apprentice.returnDate.invalid");
		assertThat(apprentice.getStatus()).isEqualTo(ApprenticeStatus.BREAK_IN_LEARNING);
	}

	@Test
	void anApprenticeAtGatewayHasNoBreakToReturnFrom() {
		Apprentice apprentice = atGateway();
		assertRefused(() -> apprentice.returnFromBreak(TODAY, TODAY), "apprentice.transition.notAllowed");
		assertThat(apprentice.getStatus()).isEqualTo(ApprenticeStatus.GATEWAY);
	}

	@Test
	void theEpaoMayChangeUntilGatewayIsApprovedButNotAfter() {
		Apprentice apprentice = apprentice();
		apprentice.startBreak(LocalDate.of(2026, 3, 2), TODAY);
		apprentice.chooseEpao(party(40));
		assertThat(apprentice.getEpaoId()).isEqualTo(40L);
		apprentice.returnFromBreak(LocalDate.of(2026, 4, 1), TODAY);
		apprentice.enterGateway(party(41));
		assertThat(apprentice.getEpaoName()).isEqualTo("Person 41");

		assertRefused(() -> apprentice.chooseEpao(party(42)), "apprentice.epao.afterGateway");
		assertThat(apprentice.getEpaoId()).isEqualTo(41L);
	}

	@Test
	void onlyAnApprenticeOnProgrammeEntersGatewayAndOnlyOneAtGatewayLeavesIt() {
		Apprentice onBreak = apprentice();
		onBreak.startBreak(TODAY, TODAY);
		assertRefused(() -> onBreak.enterGateway(party(40)), "apprentice.gateway.notOnProgramme");
		assertRefused(onBreak::leaveGateway, "apprentice.gateway.notAtGateway");

		Apprentice atGateway = atGateway();
		assertRefused(() -> atGateway.enterGateway(party(40)), "apprentice.gateway.notOnProgramme");
		atGateway.leaveGateway();
		assertThat(atGateway.getStatus()).isEqualTo(ApprenticeStatus.ON_PROGRAMME);
	}

	@Test
	void anAssessorIsAssignedAtGatewayAndAnotherMayTakeOverButNotTheSameAgain() {
		assertRefused(() -> apprentice().assignAssessor(party(50)), "apprentice.assessor.notAtGateway");

		Apprentice apprentice = atGateway();
		apprentice.assignAssessor(party(50));
		assertThat(apprentice.getStatus()).isEqualTo(ApprenticeStatus.IN_EPA);
		assertThat(apprentice.getAssessorId()).isEqualTo(50L);

		assertRefused(() -> apprentice.assignAssessor(party(50)), "apprentice.assessor.same");
		apprentice.assignAssessor(party(51));
		assertThat(apprentice.getAssessorId()).isEqualTo(51L);
		assertThat(apprentice.getStatus()).isEqualTo(ApprenticeStatus.IN_EPA);
	}

	@Test
	void aCompletedApprenticeMayHaveAnotherAssessorForAnAmendmentButCanChangeNothingElse() {
		Apprentice apprentice = atGateway();
		apprentice.assignAssessor(party(50));
		apprentice.completeEpa();
		assertThat(apprentice.getStatus()).isEqualTo(ApprenticeStatus.COMPLETED);

		apprentice.assignAssessor(party(51));
		assertThat(apprentice.getAssessorId()).isEqualTo(51L);
		assertThat(apprentice.getStatus()).isEqualTo(ApprenticeStatus.COMPLETED);
		assertRefused(apprentice::completeEpa, "apprentice.epa.notInEpa");
		assertRefused(() -> apprentice.changeCoach(party(99)), "apprentice.notActive");
		assertRefused(() -> apprentice.withdraw(TODAY, TODAY), "apprentice.transition.notAllowed");
	}

	@Test
	void anEpaIsCompletedOnlyInEpaAndReopenedOnlyOnceCompleted() {
		Apprentice atGateway = atGateway();
		assertRefused(atGateway::completeEpa, "apprentice.epa.notInEpa");
		assertRefused(atGateway::reopenEpa, "apprentice.epa.notCompleted");

		atGateway.assignAssessor(party(50));
		assertRefused(atGateway::reopenEpa, "apprentice.epa.notCompleted");
		atGateway.completeEpa();
		atGateway.reopenEpa();

		assertThat(atGateway.getStatus()).isEqualTo(ApprenticeStatus.IN_EPA);
		assertThat(atGateway.getAssessorId()).as("the assessor stays").isEqualTo(50L);
	}

	private static Apprentice atGateway() {
		Apprentice apprentice = apprentice();
		apprentice.enterGateway(party(40));
		return apprentice;
	}

	private static Apprentice enrolWithHours(BigDecimal hours) {
		return new Apprentice(party(1), "bethany.mills@example.org", new UniqueLearnerNumber("9276308686"),
				new Apprentice.Placement(1, 1, party(10), party(20), party(30), null), START, START.plusMonths(24),
				hours, Instant.EPOCH);
	}

	private static void assertRefused(Runnable change, String messageKey) {
		assertThatExceptionOfType(ProgrammeRuleException.class).isThrownBy(change::run)
			.extracting(ProgrammeRuleException::getMessageKey)
			.isEqualTo(messageKey);
	}

	private static Apprentice.Party party(long id) {
		return new Apprentice.Party(id, "Person " + id);
	}

}
