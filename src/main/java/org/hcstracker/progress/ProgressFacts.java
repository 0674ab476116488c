package org.hcstracker.progress;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Map;
import java.util.stream.Collectors;

import org.hcstracker.progress.ProgressReviewRepository.ReviewDates;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The figures other modules' lists show per apprentice (reviews held and scheduled,
 * off-the-job hours and entries waiting), for apprentices already in the caller's scope:
 * one statement each, bounded by the ids asked for. What waits for a person on their home
 * page is {@link ProgressTasks}.
 */
@Service
public class ProgressFacts {

	private final ProgressReviewRepository reviews;

	private final OffTheJobRepository entries;

	ProgressFacts(ProgressReviewRepository reviews, OffTheJobRepository entries) {
		this.reviews = reviews;
		this.entries = entries;
	}

	/**
	 * The latest review held, with the coach's rating and its reason, for apprentices
	 * already in the caller's scope: one statement.
	 * @param apprenticeIds the apprentices
	 * @return the latest review held of each apprentice with any
	 */
	@Transactional(readOnly = true)
	public Map<Long, LatestRating> latestRatings(Collection<Long> apprenticeIds) {
		if (apprenticeIds.isEmpty()) {
			return Map.of();
		}
		return this.reviews.latestRatings(apprenticeIds)
			.stream()
			.collect(Collectors.toMap(LatestRating::apprenticeId, (rating) -> rating));
	}

	/**
	 * The off-the-job hours that count (approved and awaiting approval), for apprentices
	 * already in the caller's scope: one statement.
	 * @param apprenticeIds the apprentices
	 * @return the hours of each apprentice with any
	 */
	@Transactional(readOnly = true)
	public Map<Long, BigDecimal> countedHours(Collection<Long> apprenticeIds) {
		if (apprenticeIds.isEmpty()) {
			return Map.of();
		}
		return this.entries.countedOf(apprenticeIds, OffTheJobStatus.QUERIED)
			.stream()
			.collect(Collectors.toMap(OffTheJobRepository.ApprenticeTotal::apprenticeId,
					OffTheJobRepository.ApprenticeTotal::hours));
	}

	/**
	 * The date of the last review held and of the review scheduled and not yet held, for
	 * apprentices already in the caller's scope: one statement.
	 * @param apprenticeIds the apprentices
	 * @return the dates of each apprentice with any review
	 */
	@Transactional(readOnly = true)
	public Map<Long, ReviewSchedule> reviewDates(Collection<Long> apprenticeIds) {
		if (apprenticeIds.isEmpty()) {
			return Map.of();
		}
		return this.reviews.lastHeldAndNextScheduled(apprenticeIds)
			.stream()
			.collect(Collectors.toMap(ReviewDates::apprenticeId,
					(dates) -> new ReviewSchedule(dates.lastHeld(), dates.nextScheduled())));
	}

	/**
	 * The hours that count (approved and awaiting approval) and the entries waiting for
	 * approval, for apprentices already in the caller's scope: one statement.
	 * @param apprenticeIds the apprentices
	 * @return the figures of each apprentice with any entry
	 */
	@Transactional(readOnly = true)
	public Map<Long, OffTheJobFigures> offTheJobFigures(Collection<Long> apprenticeIds) {
		if (apprenticeIds.isEmpty()) {
			return Map.of();
		}
		return this.entries.figuresOf(apprenticeIds, OffTheJobStatus.QUERIED, OffTheJobStatus.AWAITING_APPROVAL)
			.stream()
			.collect(Collectors.toMap(OffTheJobRepository.Figures::apprenticeId,
					(row) -> new OffTheJobFigures((row.counted() != null) ? row.counted() : BigDecimal.ZERO,
							row.awaiting(), row.earliestAwaiting(), row.awaitingSince())));
	}

	/**
	 * An apprentice's last review held and next review scheduled.
	 *
	 * @param lastHeld the date of the last review held, if any
	 * @param nextScheduled the date of the review scheduled and not yet held, if any
	 */
	public record ReviewSchedule(@Nullable LocalDate lastHeld, @Nullable LocalDate nextScheduled) {
	}

	/**
	 * An apprentice's latest review held and the coach's rating at it.
	 *
	 * @param apprenticeId the apprentice
	 * @param heldOn the date it was held (the last review held)
	 * @param rag the coach's rating
	 * @param reason the coach's reason for it
	 */
	public record LatestRating(long apprenticeId, LocalDate heldOn, ReviewRag rag, String reason) {
	}

	/**
	 * An apprentice's off-the-job hours that count, and the entries waiting for approval.
	 *
	 * @param countedHours the hours approved or awaiting approval
	 * @param awaitingEntries how many entries wait for approval
	 * @param earliestAwaiting the date of the earliest training among them, if any wait
	 * @param awaitingSince when the first of them was recorded, if any wait
	 */
	public record OffTheJobFigures(BigDecimal countedHours, long awaitingEntries, @Nullable LocalDate earliestAwaiting,
			@Nullable Instant awaitingSince) {
	}

}
