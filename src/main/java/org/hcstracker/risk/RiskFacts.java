package org.hcstracker.risk;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.hcstracker.programme.ApprenticeDirectory.BreakInLearning;
import org.hcstracker.programme.ApprenticeStatus;
import org.hcstracker.progress.ReviewRag;
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
 * @param coachRating the coach's rating at the latest review held, if any was held
 */
record RiskFacts(ApprenticeStatus status, LocalDate startDate, LocalDate plannedEndDate, BigDecimal plannedOtjHours,
		List<BreakInLearning> breaks, @Nullable LocalDate lastReviewHeld, BigDecimal countedOtjHours,
		@Nullable LocalDate lastSubmitted, @Nullable LocalDate oldestWaitingSince, @Nullable CoachRating coachRating) {

	/**
	 * The facts of an apprentice whose reviews held (if any) carry no rating that counts.
	 */
	RiskFacts(ApprenticeStatus status, LocalDate startDate, LocalDate plannedEndDate, BigDecimal plannedOtjHours,
			List<BreakInLearning> breaks, @Nullable LocalDate lastReviewHeld, BigDecimal countedOtjHours,
			@Nullable LocalDate lastSubmitted, @Nullable LocalDate oldestWaitingSince) {
		this(status, startDate, plannedEndDate, plannedOtjHours, breaks, lastReviewHeld, countedOtjHours, lastSubmitted,
				oldestWaitingSince, null);
	}

	/**
	 * The red, amber or green rating the coach gave the latest review held, with its
	 * reason.
	 *
	 * @param heldOn the date that review was held
	 * @param rag the rating
	 * @param reason the coach's reason for it
	 */
	record CoachRating(LocalDate heldOn, ReviewRag rag, String reason) {

		static @Nullable CoachRating of(@Nullable LocalDate heldOn, @Nullable String rag, @Nullable String reason) {
			return (heldOn != null && rag != null)
					? new CoachRating(heldOn, ReviewRag.valueOf(rag), (reason != null) ? reason : "") : null;
		}

	}

}
