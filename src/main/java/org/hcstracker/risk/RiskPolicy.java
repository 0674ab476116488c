package org.hcstracker.risk;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.hcstracker.programme.ApprenticeStatus;
import org.hcstracker.progress.ExpectedHours;
import org.hcstracker.progress.NextReview;
import org.springframework.stereotype.Component;

/**
 * The one place the at-risk rules live. Only apprentices on programme have flags; one on
 * a break shows as such. Each flag carries the figures its reason names; the status is
 * red from {@code red-from} flags, amber from {@code amber-from}, green below.
 */
@Component
class RiskPolicy {

	private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.UK);

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
		List<Risk.Reason> flags = new ArrayList<>();
		NextReview review = NextReview.of(facts.status(), facts.startDate(), facts.lastReviewHeld(), facts.breaks(),
				null, today);
		if (review.state() == NextReview.State.OVERDUE && review.dueBy() != null) {
			flags.add(reason(RiskFlag.REVIEW_OVERDUE, DATE.format(review.dueBy()), review.days()));
		}
		BigDecimal expected = new ExpectedHours(facts.startDate(), facts.plannedEndDate(), facts.plannedOtjHours(),
				facts.breaks())
			.expectedBy(today);
		BigDecimal behind = expected.subtract(facts.countedOtjHours());
		BigDecimal margin = expected.multiply(BigDecimal.valueOf(this.properties.otjBehindPercent()))
			.divide(BigDecimal.valueOf(100), 2, RoundingMode.HALF_UP);
		if (expected.signum() > 0 && behind.compareTo(margin) > 0) {
			flags.add(reason(RiskFlag.OTJ_BEHIND, hours(behind), hours(expected), hours(facts.countedOtjHours())));
		}
		if (facts.oldestWaitingSince() != null) {
			long waited = this.workingDays.after(facts.oldestWaitingSince(), today);
			if (waited > this.properties.reviewWaitingWorkingDays()) {
				flags.add(reason(RiskFlag.EVIDENCE_WAITING, waited, DATE.format(facts.oldestWaitingSince())));
			}
		}
		LocalDate since = (facts.lastSubmitted() != null && facts.lastSubmitted().isAfter(facts.startDate()))
				? facts.lastSubmitted() : facts.startDate();
		if (today.isAfter(since.plusWeeks(this.properties.noEvidenceWeeks()))) {
			flags.add(reason(RiskFlag.NO_RECENT_EVIDENCE, this.properties.noEvidenceWeeks(), DATE.format(since),
					(facts.lastSubmitted() != null) ? 1 : 0));
		}
		if (today.isAfter(facts.plannedEndDate())) {
			flags.add(reason(RiskFlag.PAST_PLANNED_END, DATE.format(facts.plannedEndDate())));
		}
		return new Risk(rag(flags.size()), false, flags);
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
		return hours.setScale(1, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString();
	}

}
