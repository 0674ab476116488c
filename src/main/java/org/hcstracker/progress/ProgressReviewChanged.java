package org.hcstracker.progress;

import java.time.LocalDate;
import java.time.LocalTime;

import org.jspecify.annotations.Nullable;

/**
 * Published in the transaction of any change to a progress review (scheduled, moved,
 * recorded, edited, signed, cancelled), with what those who are told of it need to know.
 *
 * @param apprenticeId the apprentice whose review it is
 * @param reviewId the review
 * @param action what changed, as the audit trail names it ({@code REVIEW_SCHEDULED},
 * {@code REVIEW_RECORDED}, {@code REVIEW_SIGNED}, …)
 * @param apprenticeAccountId the apprentice's account
 * @param lineManagerId their line manager's account
 * @param scheduledFor the date it is planned for, if scheduled
 * @param scheduledTime the time it starts, if scheduled with one
 * @param place where it is held, if a place was given
 * @param onlineLink the link to join it online, if given
 * @param awaitingApprentice whether it is held and waits for the apprentice's signature
 * @param awaitingLineManager whether it is held and waits for the line manager's
 * signature
 */
public record ProgressReviewChanged(long apprenticeId, long reviewId, String action, long apprenticeAccountId,
		long lineManagerId, @Nullable LocalDate scheduledFor, @Nullable LocalTime scheduledTime, @Nullable String place,
		@Nullable String onlineLink, boolean awaitingApprentice, boolean awaitingLineManager) {

}
