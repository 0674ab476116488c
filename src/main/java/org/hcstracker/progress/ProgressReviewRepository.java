package org.hcstracker.progress;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

/**
 * Progress reviews. The lists that cross apprentices join the programme module's
 * apprentices and the people module's accounts by entity name and carry the person's
 * scope in their where clause, so that each is one statement whatever its size.
 */
interface ProgressReviewRepository extends Repository<ProgressReview, Long> {

	ProgressReview save(ProgressReview review);

	@Query("select r from ProgressReview r where r.id = :id and r.apprenticeId = :apprenticeId")
	Optional<ProgressReview> findOfApprentice(long id, long apprenticeId);

	@Query("""
			select r from ProgressReview r left join fetch r.actions
			where r.apprenticeId = :apprenticeId
			order by coalesce(r.heldOn, r.scheduledFor) desc, r.id desc
			""")
	List<ProgressReview> findAllOfApprentice(long apprenticeId);

	@Query("""
			select r.apprenticeId, max(r.heldOn), min(case when r.heldOn is null then r.scheduledFor end)
			from ProgressReview r where r.apprenticeId in :apprenticeIds group by r.apprenticeId
			""")
	List<Object[]> lastHeldAndNextScheduled(Collection<Long> apprenticeIds);

	@Query("""
			select new org.hcstracker.progress.ReviewToSign(r.id, ap.id, person.name, r.heldOn)
			from ProgressReview r
				join Apprentice ap on ap.id = r.apprenticeId
				join Account person on person.id = ap.accountId
			where ap.accountId = :accountId and r.heldOn is not null and r.apprenticeSignedAt is null
			order by r.heldOn, r.id
			""")
	List<ReviewToSign> findToSignByApprentice(long accountId);

	@Query("""
			select new org.hcstracker.progress.ReviewToSign(r.id, ap.id, person.name, r.heldOn)
			from ProgressReview r
				join Apprentice ap on ap.id = r.apprenticeId
				join Account person on person.id = ap.accountId
			where ap.lineManagerId = :lineManagerId and r.heldOn is not null and r.managerSignedAt is null
			order by r.heldOn, r.id
			""")
	List<ReviewToSign> findToSignByLineManager(long lineManagerId);

}
