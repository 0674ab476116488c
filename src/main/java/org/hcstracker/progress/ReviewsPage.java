package org.hcstracker.progress;

import java.util.List;

import org.hcstracker.programme.ApprenticeRef;

/**
 * An apprentice's progress reviews, newest first, with when the next is due and what the
 * person looking may do.
 *
 * @param apprentice the apprentice
 * @param next when the next review is due
 * @param reviews the reviews, scheduled and held, newest first
 * @param coach whether the person is the apprentice's coach, who schedules and records
 * @param signer whether the person signs reviews: the apprentice or their line manager
 */
public record ReviewsPage(ApprenticeRef apprentice, NextReview next, List<ReviewView> reviews, boolean coach,
		boolean signer) {

	/**
	 * Whether the person looking has still to sign a review.
	 * @param review the review
	 * @param apprenticeSigns whether the person is the apprentice (else the line manager)
	 * @return true if it waits for their signature
	 */
	static boolean waitsFor(ReviewView review, boolean apprenticeSigns) {
		return review.status() == ReviewStatus.AWAITING_SIGNATURES
				&& ((apprenticeSigns) ? review.apprenticeSignature() == null : review.lineManagerSignature() == null);
	}

}
