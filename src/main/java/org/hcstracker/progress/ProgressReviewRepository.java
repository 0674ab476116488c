package org.hcstracker.progress;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

/**
 * Progress reviews. The lists that cross apprentices name only this module's reviews: the
 * caller brings the apprentices in the person's scope as ids, and the names of the rows
 * found come from the programme module.
 */
interface ProgressReviewRepository extends Repository<ProgressReview, Long> {

	ProgressReview save(ProgressReview review);

	@Query("""
			select r from ProgressReview r left join fetch r.actions left join fetch r.followUps
			where r.id = :id and r.apprenticeId = :apprenticeId
			""")
	Optional<ProgressReview> findOfApprentice(long id, long apprenticeId);

	/**
	 * The reviews held on or before a date, latest first: the first that is not the
	 * review being recorded is the one whose actions it follows up.
	 * @param apprenticeId the apprentice
	 * @param on the date the review being recorded was held
	 * @param limit how many
	 * @return the reviews held, latest first
	 */
	@Query("""
			select r from ProgressReview r
			where r.apprenticeId = :apprenticeId and r.heldOn <= :on and r.cancelledAt is null
			order by r.heldOn desc, r.id desc
			""")
	List<ProgressReview> findLatestHeld(long apprenticeId, LocalDate on, Limit limit);

	@Query("""
			select r from ProgressReview r
			where r.apprenticeId = :apprenticeId and r.heldOn is null and r.cancelledAt is null
			order by r.scheduledFor, r.id
			""")
	List<ProgressReview> findOpenOfApprentice(long apprenticeId);

	@Query("""
			select new org.hcstracker.progress.ScheduledReview(r.id, r.apprenticeId, r.scheduledFor, r.scheduledTime,
				r.place, r.onlineLink)
			from ProgressReview r
			where r.apprenticeId in :apprenticeIds and r.heldOn is null and r.cancelledAt is null
				and r.scheduledFor >= :from
			order by r.scheduledFor, r.id
			""")
	List<ScheduledReview> findScheduledOf(Collection<Long> apprenticeIds, LocalDate from, Limit limit);

	@Query("""
			select r from ProgressReview r left join fetch r.actions left join fetch r.followUps
			where r.apprenticeId = :apprenticeId
			order by coalesce(r.heldOn, r.scheduledFor) desc, r.id desc
			""")
	List<ProgressReview> findAllOfApprentice(long apprenticeId);

	@Query("""
			select new org.hcstracker.progress.ProgressReviewRepository$ReviewDates(r.apprenticeId, max(r.heldOn),
				min(case when r.heldOn is null and r.cancelledAt is null then r.scheduledFor end))
			from ProgressReview r where r.apprenticeId in :apprenticeIds group by r.apprenticeId
			""")
	List<ReviewDates> lastHeldAndNextScheduled(Collection<Long> apprenticeIds);

	/**
	 * The latest review held of each apprentice (the last held, the last recorded among
	 * those held the same day), with the coach's rating.
	 */
	@Query("""
			select new org.hcstracker.progress.ProgressFacts$LatestRating(r.apprenticeId, r.heldOn, r.rag, r.ragReason)
			from ProgressReview r
			where r.apprenticeId in :apprenticeIds and r.heldOn is not null
				and not exists (select 1 from ProgressReview later
					where later.apprenticeId = r.apprenticeId and later.heldOn is not null
						and (later.heldOn > r.heldOn or (later.heldOn = r.heldOn and later.id > r.id)))
			""")
	List<ProgressFacts.LatestRating> latestRatings(Collection<Long> apprenticeIds);

	@Query("""
			select new org.hcstracker.progress.ProgressReviewRepository$Unsigned(r.id, r.apprenticeId, r.heldOn)
			from ProgressReview r
			where r.apprenticeId in :apprenticeIds and r.heldOn is not null and r.apprenticeSignedAt is null
			order by r.heldOn, r.id
			""")
	List<Unsigned> findUnsignedByApprentice(Collection<Long> apprenticeIds);

	@Query("""
			select new org.hcstracker.progress.ProgressReviewRepository$Unsigned(r.id, r.apprenticeId, r.heldOn)
			from ProgressReview r
			where r.apprenticeId in :apprenticeIds and r.heldOn is not null and r.managerSignedAt is null
			order by r.heldOn, r.id
			""")
	List<Unsigned> findUnsignedByLineManager(Collection<Long> apprenticeIds);

	/**
	 * The dates an apprentice's next review is worked out from.
	 *
	 * @param apprenticeId the apprentice
	 * @param lastHeld the date of the last review held, if any
	 * @param nextScheduled the earliest review scheduled and not yet held, if any
	 */
	record ReviewDates(long apprenticeId, @Nullable LocalDate lastHeld, @Nullable LocalDate nextScheduled) {
	}

	/**
	 * A review held that waits for a signature.
	 *
	 * @param reviewId the review
	 * @param apprenticeId the apprentice
	 * @param heldOn the date it was held
	 */
	record Unsigned(long reviewId, long apprenticeId, LocalDate heldOn) {
	}

}
