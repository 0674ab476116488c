package org.hcstracker.progress;

/**
 * Published in the transaction of any change to a progress review (scheduled, moved,
 * recorded, edited, signed).
 *
 * @param apprenticeId the apprentice whose review it is
 */
public record ProgressReviewChanged(long apprenticeId) {
}
