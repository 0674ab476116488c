package org.hcstracker.progress;

import java.util.List;

import org.hcstracker.programme.ApprenticeRef;
import org.jspecify.annotations.Nullable;

/**
 * An apprentice's progress reviews, newest first, with when the next is due and what the
 * person looking may do.
 *
 * @param apprentice the apprentice
 * @param next when the next review is due
 * @param reviews the reviews, scheduled and held, newest first
 * @param coach whether the person is the apprentice's coach and may schedule and record
 * reviews now
 * @param signer whether the person signs reviews: the apprentice or their line manager
 * @param closed whether the person is the coach but no more reviews are recorded, the
 * apprentice having completed or been withdrawn
 * @param nextScheduled the earliest review scheduled and still open, with its time and
 * place, if any
 */
public record ReviewsPage(ApprenticeRef apprentice, NextReview next, List<ReviewView> reviews, boolean coach,
		boolean signer, boolean closed, @Nullable ReviewView nextScheduled) {
}
