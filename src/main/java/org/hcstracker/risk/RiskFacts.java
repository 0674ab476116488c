package org.hcstracker.risk;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.hcstracker.programme.ApprenticeDirectory.BreakInLearning;
import org.hcstracker.programme.ApprenticeStatus;
import org.jspecify.annotations.Nullable;

/**
 * What the flags are worked out from, for one apprentice.
 *
 * @param status where they are in the programme
 * @param startDate their start date
 * @param plannedEndDate their planned end date
 * @param plannedOtjHours their off-the-job target
 * @param breaks their breaks in learning
 * @param lastReviewHeld the date of their last progress review held, if any
 * @param countedOtjHours the off-the-job hours that count (approved and awaiting)
 * @param lastSubmitted the date they last submitted evidence, if ever
 * @param oldestWaitingSince the date the evidence waiting longest for review was
 * submitted, if any waits
 */
record RiskFacts(ApprenticeStatus status, LocalDate startDate, LocalDate plannedEndDate, BigDecimal plannedOtjHours,
		List<BreakInLearning> breaks, @Nullable LocalDate lastReviewHeld, BigDecimal countedOtjHours,
		@Nullable LocalDate lastSubmitted, @Nullable LocalDate oldestWaitingSince) {
}
