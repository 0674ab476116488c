package org.hcstracker.risk;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.hcstracker.programme.ApprenticeDirectory.BreakInLearning;
import org.hcstracker.programme.ApprenticeStatus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Each flag just under, at and just over its threshold. The apprentice started on Monday
 * 5 January 2026 with a planned end 730 days later and a target of 730 hours, so that one
 * hour is expected per day on programme.
 */
class RiskPolicyTests {

	private static final LocalDate START = LocalDate.of(2026, 1, 5);

	private static final LocalDate END = START.plusDays(730);

	private static final LocalDate TODAY = LocalDate.of(2026, 6, 1);

	private final RiskPolicy policy = new RiskPolicy(new RiskProperties(10, 8, 10, 1, 2, List
		.of(LocalDate.of(2026, 4, 3), LocalDate.of(2026, 4, 6), LocalDate.of(2026, 5, 4), LocalDate.of(2026, 5, 25))));

	@Test
	void anApprenticeKeepingUpHasNoFlagsAndIsGreen() {
		Risk risk = assess(facts(), TODAY);
		assertThat(risk.flags()).isEmpty();
		assertThat(risk.rag()).isEqualTo(Rag.GREEN);
	}

	@Test
	void aReviewIsOverdueFromTheDayAfterItsDueDate() {
		LocalDate held = TODAY.minusWeeks(12);
		assertThat(flags(facts().withLastReview(held), TODAY)).doesNotContain(RiskFlag.REVIEW_OVERDUE);
		assertThat(flags(facts().withLastReview(held.minusDays(1)), TODAY)).contains(RiskFlag.REVIEW_OVERDUE);
		assertThat(flags(facts().withLastReview(held.plusDays(1)), TODAY)).doesNotContain(RiskFlag.REVIEW_OVERDUE);
	}

	@Test
	void hoursAreBehindOnlyBeyondTheMargin() {
		// 147 days on programme: 147 hours expected; the margin is 14.7 hours.
		assertThat(flags(facts().withHours("132.31"), TODAY)).doesNotContain(RiskFlag.OTJ_BEHIND);
		assertThat(flags(facts().withHours("132.3"), TODAY)).doesNotContain(RiskFlag.OTJ_BEHIND);
		assertThat(flags(facts().withHours("132.29"), TODAY)).contains(RiskFlag.OTJ_BEHIND);
	}

	@Test
	void evidenceMayWaitTenWorkingDaysForReview() {
		// Monday 11 May to Monday 25 May (a bank holiday): 9 working days; to Tuesday 26
		// May, 10;
		// to Wednesday 27 May, 11.
		LocalDate submitted = LocalDate.of(2026, 5, 11);
		assertThat(flags(facts().withWaiting(submitted), LocalDate.of(2026, 5, 25)))
			.doesNotContain(RiskFlag.EVIDENCE_WAITING);
		assertThat(flags(facts().withWaiting(submitted), LocalDate.of(2026, 5, 26)))
			.doesNotContain(RiskFlag.EVIDENCE_WAITING);
		Risk late = assess(facts().withWaiting(submitted), LocalDate.of(2026, 5, 27));
		assertThat(late.flags()).extracting(Risk.Reason::flag).contains(RiskFlag.EVIDENCE_WAITING);
		assertThat(late.flags()
			.stream()
			.filter((r) -> r.flag() == RiskFlag.EVIDENCE_WAITING)
			.findFirst()
			.orElseThrow()
			.arguments()).containsExactly(11L, "11 May 2026");
	}

	@Test
	void noEvidenceForMoreThanEightWeeksIsFlagged() {
		LocalDate last = TODAY.minusWeeks(8);
		assertThat(flags(facts().withLastSubmitted(last), TODAY)).doesNotContain(RiskFlag.NO_RECENT_EVIDENCE);
		assertThat(flags(facts().withLastSubmitted(last.minusDays(1)), TODAY)).contains(RiskFlag.NO_RECENT_EVIDENCE);
		assertThat(flags(facts().withLastSubmitted(last.plusDays(1)), TODAY))
			.doesNotContain(RiskFlag.NO_RECENT_EVIDENCE);
		// Never submitted: counted from the start.
		assertThat(flags(facts().withLastSubmitted(null), START.plusWeeks(8)))
			.doesNotContain(RiskFlag.NO_RECENT_EVIDENCE);
		assertThat(flags(facts().withLastSubmitted(null), START.plusWeeks(8).plusDays(1)))
			.contains(RiskFlag.NO_RECENT_EVIDENCE);
	}

	@Test
	void thePlannedEndDateIsPassedFromTheDayAfter() {
		Facts atEnd = facts().withLastReview(END.minusWeeks(1)).withHours("730").withLastSubmitted(END.minusWeeks(1));
		assertThat(flags(atEnd, END)).doesNotContain(RiskFlag.PAST_PLANNED_END);
		assertThat(flags(atEnd, END.plusDays(1))).contains(RiskFlag.PAST_PLANNED_END);
	}

	@Test
	void theStatusFollowsTheNumberOfFlags() {
		assertThat(this.policy.rag(0)).isEqualTo(Rag.GREEN);
		assertThat(this.policy.rag(1)).isEqualTo(Rag.AMBER);
		assertThat(this.policy.rag(2)).isEqualTo(Rag.RED);
		assertThat(this.policy.rag(5)).isEqualTo(Rag.RED);
		Risk red = assess(facts().withLastReview(TODAY.minusWeeks(20)).withHours("10"), TODAY);
		assertThat(red.rag()).isEqualTo(Rag.RED);
		assertThat(red.flags()).extracting(Risk.Reason::flag)
			.containsExactly(RiskFlag.REVIEW_OVERDUE, RiskFlag.OTJ_BEHIND);
		assertThat(red.rank()).isLessThan(assess(facts().withHours("10"), TODAY).rank());
	}

	@Test
	void aBreakInLearningShowsAsSuchWithoutFlags() {
		Facts behindOnEverything = facts().withLastReview(null).withHours("0").withLastSubmitted(null);
		Risk risk = assess(behindOnEverything.withStatus(ApprenticeStatus.BREAK_IN_LEARNING)
			.withBreaks(List.of(new BreakInLearning(TODAY.minusWeeks(2), null))), TODAY);
		assertThat(risk.onBreak()).isTrue();
		assertThat(risk.rag()).isNull();
		assertThat(risk.flags()).isEmpty();
	}

	@Test
	void aFinishedBreakIsLeftOutOfTheExpectedHoursAndTheReviewClock() {
		// 50 days of break: 97 of 680 planned days on programme, so 104.1 hours expected
		// by
		// today, not 147; the review last held 15 weeks ago is not overdue, the clock
		// having
		// stopped for 50 days.
		List<BreakInLearning> breaks = List.of(new BreakInLearning(TODAY.minusDays(80), TODAY.minusDays(30)));
		Facts facts = facts().withBreaks(breaks).withHours("100").withLastReview(TODAY.minusWeeks(15));
		assertThat(flags(facts.withHours("93"), TODAY)).contains(RiskFlag.OTJ_BEHIND);
		assertThat(flags(facts, TODAY)).doesNotContain(RiskFlag.OTJ_BEHIND, RiskFlag.REVIEW_OVERDUE);
	}

	@ParameterizedTest
	@EnumSource(value = ApprenticeStatus.class, names = { "GATEWAY", "IN_EPA", "COMPLETED", "WITHDRAWN" })
	void onlyApprenticesOnProgrammeAreFlagged(ApprenticeStatus status) {
		Risk risk = assess(facts().withLastReview(null).withHours("0").withStatus(status), END.plusYears(1));
		assertThat(risk.rag()).isNull();
		assertThat(risk.onBreak()).isFalse();
		assertThat(risk.flags()).isEmpty();
	}

	private Risk assess(Facts facts, LocalDate today) {
		return this.policy.assess(facts.toFacts(), today);
	}

	private List<RiskFlag> flags(Facts facts, LocalDate today) {
		return assess(facts, today).flags().stream().map(Risk.Reason::flag).toList();
	}

	private static Facts facts() {
		return new Facts(ApprenticeStatus.ON_PROGRAMME, List.of(), TODAY.minusWeeks(2), new BigDecimal("147"),
				TODAY.minusWeeks(1), null);
	}

	private record Facts(ApprenticeStatus status, List<BreakInLearning> breaks, LocalDate lastReview, BigDecimal hours,
			LocalDate lastSubmitted, LocalDate waiting) {

		Facts withLastReview(LocalDate date) {
			return new Facts(this.status, this.breaks, date, this.hours, this.lastSubmitted, this.waiting);
		}

		Facts withHours(String value) {
			return new Facts(this.status, this.breaks, this.lastReview, new BigDecimal(value), this.lastSubmitted,
					this.waiting);
		}

		Facts withLastSubmitted(LocalDate date) {
			return new Facts(this.status, this.breaks, this.lastReview, this.hours, date, this.waiting);
		}

		Facts withWaiting(LocalDate date) {
			return new Facts(this.status, this.breaks, this.lastReview, this.hours, this.lastSubmitted, date);
		}

		Facts withStatus(ApprenticeStatus value) {
			return new Facts(value, this.breaks, this.lastReview, this.hours, this.lastSubmitted, this.waiting);
		}

		Facts withBreaks(List<BreakInLearning> value) {
			return new Facts(this.status, value, this.lastReview, this.hours, this.lastSubmitted, this.waiting);
		}

		RiskFacts toFacts() {
			return new RiskFacts(this.status, START, END, new BigDecimal("730"), this.breaks, this.lastReview,
					this.hours, this.lastSubmitted, this.waiting);
		}

	}

}
