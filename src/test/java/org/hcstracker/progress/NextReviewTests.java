package org.hcstracker.progress;

import java.time.LocalDate;
import java.util.List;

import org.hcstracker.programme.ApprenticeDirectory.BreakInLearning;
import org.hcstracker.programme.ApprenticeStatus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import static org.assertj.core.api.Assertions.assertThat;

class NextReviewTests {

	private static final LocalDate START = LocalDate.of(2026, 1, 5);

	private static final LocalDate FIRST_DUE = LocalDate.of(2026, 3, 30);

	@Test
	void theFirstReviewIsDueTwelveWeeksAfterTheStart() {
		assertThat(NextReview.dueBy(START, List.of())).isEqualTo(FIRST_DUE).isEqualTo(START.plusDays(84));
	}

	@Test
	void aReviewIsDueOnItsDueDateAndOverdueFromTheDayAfter() {
		NextReview dayBefore = onProgramme(null, FIRST_DUE.minusDays(1));
		assertThat(dayBefore.state()).isEqualTo(NextReview.State.DUE_SOON);
		assertThat(dayBefore.days()).isEqualTo(1);

		NextReview onTheDay = onProgramme(null, FIRST_DUE);
		assertThat(onTheDay.state()).isEqualTo(NextReview.State.DUE_SOON);
		assertThat(onTheDay.days()).isZero();

		NextReview dayAfter = onProgramme(null, FIRST_DUE.plusDays(1));
		assertThat(dayAfter.state()).isEqualTo(NextReview.State.OVERDUE);
		assertThat(dayAfter.days()).isEqualTo(1);
		assertThat(dayAfter.dueBy()).isEqualTo(FIRST_DUE);
	}

	@Test
	void aReviewIsDueSoonFromTwoWeeksBefore() {
		assertThat(onProgramme(null, FIRST_DUE.minusDays(15)).state()).isEqualTo(NextReview.State.DUE);
		assertThat(onProgramme(null, FIRST_DUE.minusDays(14)).state()).isEqualTo(NextReview.State.DUE_SOON);
		assertThat(onProgramme(null, FIRST_DUE.minusDays(14)).needsCoach()).isTrue();
		assertThat(onProgramme(null, FIRST_DUE.minusDays(15)).needsCoach()).isFalse();
	}

	@Test
	void laterReviewsAreDueTwelveWeeksAfterTheLastHeld() {
		LocalDate held = LocalDate.of(2026, 3, 20);
		NextReview next = onProgramme(held, held.plusWeeks(12));
		assertThat(next.dueBy()).isEqualTo(held.plusWeeks(12));
		assertThat(next.state()).isEqualTo(NextReview.State.DUE_SOON);
		assertThat(onProgramme(held, held.plusWeeks(12).plusDays(1)).state()).isEqualTo(NextReview.State.OVERDUE);
	}

	@Test
	void aFinishedBreakMovesTheDueDateByItsLength() {
		List<BreakInLearning> breaks = List.of(new BreakInLearning(START.plusDays(30), START.plusDays(60)));
		assertThat(NextReview.dueBy(START, breaks)).isEqualTo(FIRST_DUE.plusDays(30));
	}

	@Test
	void aBreakBeforeTheLastReviewHeldDoesNotCount() {
		LocalDate held = START.plusDays(100);
		List<BreakInLearning> breaks = List.of(new BreakInLearning(START.plusDays(30), START.plusDays(60)));
		assertThat(NextReview.dueBy(held, breaks)).isEqualTo(held.plusWeeks(12));
	}

	@Test
	void aBreakStartingOnTheDueDateStillMovesItButOneStartingTheDayAfterDoesNot() {
		List<BreakInLearning> onTheDay = List.of(new BreakInLearning(FIRST_DUE, FIRST_DUE.plusDays(10)));
		assertThat(NextReview.dueBy(START, onTheDay)).isEqualTo(FIRST_DUE.plusDays(10));
		List<BreakInLearning> dayAfter = List.of(new BreakInLearning(FIRST_DUE.plusDays(1), FIRST_DUE.plusDays(11)));
		assertThat(NextReview.dueBy(START, dayAfter)).isEqualTo(FIRST_DUE);
	}

	@Test
	void twoBreaksBothCountWhenTheFirstPushesTheDueDateOverTheSecond() {
		List<BreakInLearning> breaks = List.of(new BreakInLearning(START.plusDays(80), START.plusDays(90)),
				new BreakInLearning(START.plusDays(92), START.plusDays(97)));
		assertThat(NextReview.dueBy(START, breaks)).isEqualTo(FIRST_DUE.plusDays(15));
	}

	@Test
	void aBreakUnderWayStopsTheClock() {
		List<BreakInLearning> breaks = List.of(new BreakInLearning(START.plusDays(40), null));
		assertThat(NextReview.dueBy(START, breaks)).isNull();
		NextReview next = NextReview.of(ApprenticeStatus.BREAK_IN_LEARNING, START, null, breaks, null,
				START.plusDays(200));
		assertThat(next.state()).isEqualTo(NextReview.State.PAUSED);
		assertThat(next.needsCoach()).isFalse();
	}

	@Test
	void afterAReturnTheClockRunsOnFromWhereItStopped() {
		List<BreakInLearning> breaks = List.of(new BreakInLearning(START.plusDays(40), START.plusDays(140)));
		LocalDate due = FIRST_DUE.plusDays(100);
		assertThat(NextReview.of(ApprenticeStatus.ON_PROGRAMME, START, null, breaks, null, due).state())
			.isEqualTo(NextReview.State.DUE_SOON);
		assertThat(NextReview.of(ApprenticeStatus.ON_PROGRAMME, START, null, breaks, null, due.plusDays(1)).state())
			.isEqualTo(NextReview.State.OVERDUE);
	}

	@ParameterizedTest
	@EnumSource(value = ApprenticeStatus.class, names = { "GATEWAY", "IN_EPA", "COMPLETED", "WITHDRAWN" })
	void noReviewIsDueOffProgramme(ApprenticeStatus status) {
		NextReview next = NextReview.of(status, START, null, List.of(), null, FIRST_DUE.plusYears(1));
		assertThat(next.state()).isEqualTo(NextReview.State.NOT_DUE);
		assertThat(next.needsCoach()).isFalse();
	}

	@Test
	void aScheduledDateIsCarriedAlong() {
		LocalDate scheduled = FIRST_DUE.minusDays(3);
		assertThat(
				NextReview.of(ApprenticeStatus.ON_PROGRAMME, START, null, List.of(), scheduled, START).scheduledFor())
			.isEqualTo(scheduled);
	}

	private static NextReview onProgramme(LocalDate lastHeld, LocalDate today) {
		return NextReview.of(ApprenticeStatus.ON_PROGRAMME, START, lastHeld, List.of(), null, today);
	}

}
