package org.hcstracker.programme;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

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

	private static void assertRefused(Runnable change, String messageKey) {
		assertThatExceptionOfType(ProgrammeRuleException.class).isThrownBy(change::run)
			.extracting(ProgrammeRuleException::getMessageKey)
			.isEqualTo(messageKey);
	}

	private static Apprentice.Party party(long id) {
		return new Apprentice.Party(id, "Person " + id);
	}

}
