package org.hcstracker.risk;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

import org.hcstracker.programme.ApprenticeStatus;
import org.hcstracker.progress.ExpectedHours;
import org.hcstracker.progress.NextReview;
import org.hcstracker.progress.ReviewRag;
import org.hcstracker.shared.Formats;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * The one place the at-risk rules live. Only apprentices on programme have flags; one on
 * a break shows as such. The coach's own rating of the latest review held is a flag when
 * red, and when amber if so configured. Each flag carries the figures its reason names;
 * the status is red from {@code red-from} flags, amber from {@code amber-from}, green
 * below.
 */
@Component
class RiskPolicy {

	private final RiskProperties properties;

	private final WorkingDays workingDays;

	RiskPolicy(RiskProperties properties) {
		this.properties = properties;
		this.workingDays = new WorkingDays(properties.bankHolidays());
	}

	Risk assess(RiskFacts facts, LocalDate today) {
		if (facts.status() == ApprenticeStatus.BREAK_IN_LEARNING) {
			return Risk.onBreakInLearning();
		}
		if (facts.status() != ApprenticeStatus.ON_PROGRAMME) {
			return Risk.notApplicable();
		}
		TripDates trips = tripDates(facts);
		List<Risk.Reason> flags = new ArrayList<>();
		RiskFacts.CoachRating rating = facts.coachRating();
		if (rating != null && TripDates.raised(trips.coachRated(), today)) {
			flags.add(reason((rating.rag() == ReviewRag.RED) ? RiskFlag.COACH_RATED_RED : RiskFlag.COACH_RATED_AMBER,
					rating.reason(), Formats.date(rating.heldOn())));
		}
		LocalDate overdueFrom = trips.reviewOverdue();
		if (overdueFrom != null && TripDates.raised(overdueFrom, today)) {
			LocalDate dueBy = overdueFrom.minusDays(1);
			flags.add(reason(RiskFlag.REVIEW_OVERDUE, Formats.date(dueBy), ChronoUnit.DAYS.between(dueBy, today)));
		}
		if (TripDates.raised(trips.otjBehind(), today)) {
			BigDecimal expected = expectedHours(facts).expectedBy(today);
			flags.add(reason(RiskFlag.OTJ_BEHIND, hours(expected.subtract(facts.countedOtjHours())), hours(expected),
					hours(facts.countedOtjHours())));
		}
		LocalDate waitingSince = facts.oldestWaitingSince();
		if (waitingSince != null && TripDates.raised(trips.evidenceWaiting(), today)) {
			flags.add(reason(RiskFlag.EVIDENCE_WAITING, this.workingDays.after(waitingSince, today),
					Formats.date(waitingSince)));
		}
		if (TripDates.raised(trips.noRecentEvidence(), today)) {
			flags.add(reason(RiskFlag.NO_RECENT_EVIDENCE, this.properties.noEvidenceWeeks(),
					Formats.date(lastEvidenceOrStart(facts)), (facts.lastSubmitted() != null) ? 1 : 0));
		}
		if (TripDates.raised(trips.pastPlannedEnd(), today)) {
			flags.add(reason(RiskFlag.PAST_PLANNED_END, Formats.date(facts.plannedEndDate())));
		}
		return new Risk(rag(flags.size()), false, flags);
	}

	/**
	 * The day each flag is first raised while the apprentice is on programme and the
	 * facts stay as they are; each rule is decided here and only here.
	 * @param facts the facts
	 * @return the dates
	 */
	TripDates tripDates(RiskFacts facts) {
		NextReview review = NextReview.of(ApprenticeStatus.ON_PROGRAMME, facts.startDate(), facts.lastReviewHeld(),
				facts.breaks(), null, facts.startDate());
		LocalDate dueBy = review.dueBy();
		return new TripDates((dueBy != null) ? dueBy.plusDays(1) : null, otjBehindFrom(facts),
				evidenceWaitingFrom(facts.oldestWaitingSince()),
				lastEvidenceOrStart(facts).plusWeeks(this.properties.noEvidenceWeeks()).plusDays(1),
				facts.plannedEndDate().plusDays(1), coachRatedFrom(facts.coachRating()));
	}

	/**
	 * The coach's rating of the latest review held counts from the day it was held: red
	 * always, amber where so configured, green never.
	 */
	private @Nullable LocalDate coachRatedFrom(RiskFacts.@Nullable CoachRating rating) {
		if (rating == null) {
			return null;
		}
		boolean counts = rating.rag() == ReviewRag.RED
				|| (rating.rag() == ReviewRag.AMBER && this.properties.coachAmberCounts());
		return counts ? rating.heldOn() : null;
	}

	/**
	 * Hours are behind when short of those expected by more than the margin, a share of
	 * the expected hours. The expected hours only grow with time (breaks hold them), so
	 * the first such day is found by halving the span from the start to the day the whole
	 * target is expected.
	 */
	private @Nullable LocalDate otjBehindFrom(RiskFacts facts) {
		ExpectedHours expected = expectedHours(facts);
		long breakDays = facts.breaks()
			.stream()
			.filter((b) -> b.until() != null)
			.mapToLong((b) -> ChronoUnit.DAYS.between(b.from(), b.until()))
			.sum();
		LocalDate low = facts.startDate();
		LocalDate high = facts.plannedEndDate().plusDays(breakDays + 1);
		if (!behind(expected.expectedBy(high), facts.countedOtjHours())) {
			return null;
		}
		while (ChronoUnit.DAYS.between(low, high) > 1) {
			LocalDate middle = low.plusDays(ChronoUnit.DAYS.between(low, high) / 2);
			if (behind(expected.expectedBy(middle), facts.countedOtjHours())) {
				high = middle;
			}
			else {
				low = middle;
			}
		}
		return high;
	}

	private boolean behind(BigDecimal expected, BigDecimal counted) {
		BigDecimal margin = expected.multiply(BigDecimal.valueOf(this.properties.otjBehindPercent()))
			.divide(BigDecimal.valueOf(100), 2, RoundingMode.HALF_UP);
		return expected.signum() > 0 && expected.subtract(counted).compareTo(margin) > 0;
	}

	/** Evidence waits too long from the working day after the days allowed. */
	private @Nullable LocalDate evidenceWaitingFrom(@Nullable LocalDate since) {
		if (since == null) {
			return null;
		}
		LocalDate day = since;
		for (long counted = 0; counted <= this.properties.reviewWaitingWorkingDays();) {
			day = day.plusDays(1);
			if (this.workingDays.isWorkingDay(day)) {
				counted++;
			}
		}
		return day;
	}

	private static LocalDate lastEvidenceOrStart(RiskFacts facts) {
		LocalDate last = facts.lastSubmitted();
		return (last != null && last.isAfter(facts.startDate())) ? last : facts.startDate();
	}

	private static ExpectedHours expectedHours(RiskFacts facts) {
		return new ExpectedHours(facts.startDate(), facts.plannedEndDate(), facts.plannedOtjHours(), facts.breaks());
	}

	Rag rag(int flags) {
		if (flags >= this.properties.redFrom()) {
			return Rag.RED;
		}
		return (flags >= this.properties.amberFrom()) ? Rag.AMBER : Rag.GREEN;
	}

	private static Risk.Reason reason(RiskFlag flag, Object... arguments) {
		return new Risk.Reason(flag, List.of(arguments));
	}

	private static String hours(BigDecimal hours) {
		return Formats.number(hours.setScale(1, RoundingMode.HALF_UP));
	}

}
