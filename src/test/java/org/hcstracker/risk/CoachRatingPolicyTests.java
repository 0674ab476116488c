package org.hcstracker.risk;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.hcstracker.programme.ApprenticeStatus;
import org.hcstracker.progress.ReviewRag;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The coach's rating of the latest review held as a flag of its own: red always, amber
 * only where so configured, green never, each with the coach's reason. The apprentice is
 * otherwise keeping up (a review held last week, the hours expected, evidence last week).
 */
class CoachRatingPolicyTests {

	private static final LocalDate START = LocalDate.of(2026, 1, 5);

	private static final LocalDate TODAY = LocalDate.of(2026, 6, 1);

	private static final LocalDate HELD = TODAY.minusWeeks(1);

	private final RiskPolicy byDefault = new RiskPolicy(new RiskProperties(10, 8, 10, 1, 2, List.of()));

	private final RiskPolicy amberCounts = new RiskPolicy(new RiskProperties(10, 8, 10, 1, 2, List.of(), true));

	@Test
	void aRedRatingIsAlwaysAFlagWithTheCoachsReason() {
		for (RiskPolicy policy : List.of(this.byDefault, this.amberCounts)) {
			Risk risk = policy.assess(facts(ReviewRag.RED, "Hours well behind the plan."), TODAY);
			assertThat(risk.flags()).singleElement().satisfies((reason) -> {
				assertThat(reason.flag()).isEqualTo(RiskFlag.COACH_RATED_RED);
				assertThat(reason.arguments()).containsExactly("Hours well behind the plan.", "25 May 2026");
				assertThat(reason.messageKey()).isEqualTo("risk.flag.COACH_RATED_RED");
			});
			assertThat(risk.rag()).isEqualTo(Rag.AMBER);
		}
	}

	@Test
	void anAmberRatingIsAFlagOnlyWhereSoConfigured() {
		assertThat(this.byDefault.assess(facts(ReviewRag.AMBER, "Needs attention."), TODAY).flags()).isEmpty();
		assertThat(this.byDefault.tripDates(facts(ReviewRag.AMBER, "Needs attention.")).coachRated()).isNull();
		Risk risk = this.amberCounts.assess(facts(ReviewRag.AMBER, "Needs attention."), TODAY);
		assertThat(risk.flags()).extracting(Risk.Reason::flag).containsExactly(RiskFlag.COACH_RATED_AMBER);
		assertThat(risk.flags().get(0).arguments()).containsExactly("Needs attention.", "25 May 2026");
	}

	@Test
	void aGreenRatingOrNoReviewHeldIsNeverAFlag() {
		for (RiskPolicy policy : List.of(this.byDefault, this.amberCounts)) {
			assertThat(policy.assess(facts(ReviewRag.GREEN, "On track."), TODAY).flags()).isEmpty();
			assertThat(policy.tripDates(facts(ReviewRag.GREEN, "On track.")).coachRated()).isNull();
			assertThat(policy.assess(facts(null, null), TODAY).flags()).isEmpty();
		}
	}

	@Test
	void theRatingCountsFromTheDayTheReviewWasHeld() {
		RiskFacts red = facts(ReviewRag.RED, "At risk.");
		assertThat(this.byDefault.tripDates(red).coachRated()).isEqualTo(HELD);
		assertThat(this.byDefault.assess(red, HELD.minusDays(1)).flags()).isEmpty();
		assertThat(this.byDefault.assess(red, HELD).flags()).extracting(Risk.Reason::flag)
			.containsExactly(RiskFlag.COACH_RATED_RED);
	}

	@Test
	void theRatingIsCountedWithTheOtherFlagsAndComesFirst() {
		RiskFacts facts = facts(ReviewRag.RED, "At risk.");
		RiskFacts behind = new RiskFacts(facts.status(), facts.startDate(), facts.plannedEndDate(),
				facts.plannedOtjHours(), facts.breaks(), facts.lastReviewHeld(), new BigDecimal("10"),
				facts.lastSubmitted(), facts.oldestWaitingSince(), facts.coachRating());
		Risk risk = this.byDefault.assess(behind, TODAY);
		assertThat(risk.flags()).extracting(Risk.Reason::flag)
			.containsExactly(RiskFlag.COACH_RATED_RED, RiskFlag.OTJ_BEHIND);
		assertThat(risk.rag()).isEqualTo(Rag.RED);
	}

	@Test
	void onlyApprenticesOnProgrammeAreFlaggedForTheCoachsRating() {
		RiskFacts red = facts(ReviewRag.RED, "At risk.");
		for (ApprenticeStatus status : List.of(ApprenticeStatus.BREAK_IN_LEARNING, ApprenticeStatus.GATEWAY,
				ApprenticeStatus.WITHDRAWN)) {
			RiskFacts other = new RiskFacts(status, red.startDate(), red.plannedEndDate(), red.plannedOtjHours(),
					red.breaks(), red.lastReviewHeld(), red.countedOtjHours(), red.lastSubmitted(),
					red.oldestWaitingSince(), red.coachRating());
			assertThat(this.byDefault.assess(other, TODAY).flags()).isEmpty();
		}
	}

	private static RiskFacts facts(@Nullable ReviewRag rag, @Nullable String reason) {
		return new RiskFacts(ApprenticeStatus.ON_PROGRAMME, START, START.plusDays(730), new BigDecimal("730"),
				List.of(), HELD, new BigDecimal("147"), HELD, null,
				(rag != null) ? new RiskFacts.CoachRating(HELD, rag, reason) : null);
	}

}
