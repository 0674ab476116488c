package org.hcstracker.risk;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.hcstracker.programme.ApprenticeDirectory.BreakInLearning;
import org.hcstracker.programme.ApprenticeStatus;
import org.hcstracker.progress.ExpectedHours;
import org.hcstracker.progress.NextReview;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The day each flag is first raised agrees, day by day, with the rules written out
 * directly against "today" (the way the flags were first defined), for many random
 * apprentices: breaks finished, reviews held, hours counted, evidence submitted and
 * waiting, and for settings other than the defaults.
 */
class TripDatesTests {

	private static final List<LocalDate> HOLIDAYS = List.of(LocalDate.of(2026, 4, 3), LocalDate.of(2026, 4, 6),
			LocalDate.of(2026, 5, 4), LocalDate.of(2026, 5, 25), LocalDate.of(2026, 8, 31), LocalDate.of(2026, 12, 25),
			LocalDate.of(2026, 12, 28));

	@Test
	void eachFlagIsRaisedFromItsTripDateAndNeverBefore() {
		Random random = new Random(20261201);
		for (RiskProperties properties : List.of(new RiskProperties(10, 8, 10, 1, 2, HOLIDAYS),
				new RiskProperties(25, 4, 3, 1, 3, HOLIDAYS), new RiskProperties(0, 12, 20, 2, 2, List.of()))) {
			RiskPolicy policy = new RiskPolicy(properties);
			WorkingDays workingDays = new WorkingDays(properties.bankHolidays());
			for (int i = 0; i < 150; i++) {
				RiskFacts facts = randomFacts(random);
				TripDates trips = policy.tripDates(facts);
				for (LocalDate day = facts.startDate().minusDays(3); day
					.isBefore(facts.plannedEndDate().plusDays(60)); day = day.plusDays(random.nextInt(4) + 1)) {
					assertThat(TripDates.raised(trips.reviewOverdue(), day))
						.as("review overdue on %s for %s", day, facts)
						.isEqualTo(reviewOverdue(facts, day));
					assertThat(TripDates.raised(trips.otjBehind(), day)).as("hours behind on %s for %s", day, facts)
						.isEqualTo(hoursBehind(facts, day, properties));
					assertThat(TripDates.raised(trips.evidenceWaiting(), day))
						.as("evidence waiting on %s for %s", day, facts)
						.isEqualTo(facts.oldestWaitingSince() != null && workingDays.after(facts.oldestWaitingSince(),
								day) > properties.reviewWaitingWorkingDays());
					assertThat(TripDates.raised(trips.noRecentEvidence(), day))
						.as("no recent evidence on %s for %s", day, facts)
						.isEqualTo(day.isAfter(since(facts).plusWeeks(properties.noEvidenceWeeks())));
					assertThat(TripDates.raised(trips.pastPlannedEnd(), day))
						.isEqualTo(day.isAfter(facts.plannedEndDate()));
				}
			}
		}
	}

	@Test
	void theFlagsOfAListAreThoseWhoseDaysHaveCome() {
		Random random = new Random(7);
		RiskPolicy policy = new RiskPolicy(new RiskProperties(10, 8, 10, 1, 2, HOLIDAYS));
		for (int i = 0; i < 200; i++) {
			RiskFacts facts = randomFacts(random);
			LocalDate today = facts.startDate().plusDays(random.nextInt(900));
			TripDates trips = policy.tripDates(facts);
			List<RiskFlag> raised = new ArrayList<>();
			addIf(raised, RiskFlag.REVIEW_OVERDUE, trips.reviewOverdue(), today);
			addIf(raised, RiskFlag.OTJ_BEHIND, trips.otjBehind(), today);
			addIf(raised, RiskFlag.EVIDENCE_WAITING, trips.evidenceWaiting(), today);
			addIf(raised, RiskFlag.NO_RECENT_EVIDENCE, trips.noRecentEvidence(), today);
			addIf(raised, RiskFlag.PAST_PLANNED_END, trips.pastPlannedEnd(), today);
			assertThat(policy.assess(facts, today).flags()).extracting(Risk.Reason::flag)
				.containsExactlyElementsOf(raised);
		}
	}

	private static void addIf(List<RiskFlag> flags, RiskFlag flag, @Nullable LocalDate trip, LocalDate today) {
		if (TripDates.raised(trip, today)) {
			flags.add(flag);
		}
	}

	private static boolean reviewOverdue(RiskFacts facts, LocalDate today) {
		NextReview review = NextReview.of(facts.status(), facts.startDate(), facts.lastReviewHeld(), facts.breaks(),
				null, today);
		return review.state() == NextReview.State.OVERDUE && review.dueBy() != null;
	}

	private static boolean hoursBehind(RiskFacts facts, LocalDate today, RiskProperties properties) {
		BigDecimal expected = new ExpectedHours(facts.startDate(), facts.plannedEndDate(), facts.plannedOtjHours(),
				facts.breaks())
			.expectedBy(today);
		BigDecimal margin = expected.multiply(BigDecimal.valueOf(properties.otjBehindPercent()))
			.divide(BigDecimal.valueOf(100), 2, RoundingMode.HALF_UP);
		return expected.signum() > 0 && expected.subtract(facts.countedOtjHours()).compareTo(margin) > 0;
	}

	private static LocalDate since(RiskFacts facts) {
		LocalDate last = facts.lastSubmitted();
		return (last != null && last.isAfter(facts.startDate())) ? last : facts.startDate();
	}

	/** An apprentice on programme, with finished breaks, as the flags see them. */
	private static RiskFacts randomFacts(Random random) {
		LocalDate start = LocalDate.of(2025, 1, 1).plusDays(random.nextInt(500));
		List<BreakInLearning> breaks = new ArrayList<>();
		LocalDate cursor = start;
		long breakDays = 0;
		for (int b = random.nextInt(3); b > 0; b--) {
			LocalDate from = cursor.plusDays(20 + random.nextInt(200));
			LocalDate until = from.plusDays(1 + random.nextInt(90));
			breaks.add(new BreakInLearning(from, until));
			breakDays += until.toEpochDay() - from.toEpochDay();
			cursor = until;
		}
		LocalDate plannedEnd = start.plusDays(365 + random.nextInt(400) + breakDays);
		BigDecimal planned = BigDecimal.valueOf(200 + random.nextInt(500));
		BigDecimal counted = BigDecimal.valueOf(random.nextInt(60000), 2);
		LocalDate lastHeld = random.nextBoolean() ? start.plusDays(random.nextInt(600)) : null;
		LocalDate lastSubmitted = random.nextInt(4) > 0 ? start.plusDays(random.nextInt(700) - 30) : null;
		LocalDate waiting = (lastSubmitted != null && random.nextBoolean())
				? lastSubmitted.minusDays(random.nextInt(30)) : null;
		return new RiskFacts(ApprenticeStatus.ON_PROGRAMME, start, plannedEnd, planned, breaks, lastHeld, counted,
				lastSubmitted, waiting);
	}

}
