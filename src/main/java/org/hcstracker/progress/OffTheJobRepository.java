package org.hcstracker.progress;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

interface OffTheJobRepository extends Repository<OffTheJobEntry, Long> {

	OffTheJobEntry save(OffTheJobEntry entry);

	@Query("select e from OffTheJobEntry e where e.id = :id and e.apprenticeId = :apprenticeId")
	Optional<OffTheJobEntry> findOfApprentice(long id, long apprenticeId);

	Page<OffTheJobEntry> findByApprenticeIdOrderByActivityDateDescIdDesc(long apprenticeId, Pageable pageable);

	List<OffTheJobEntry> findByApprenticeIdAndStatusOrderByActivityDateDescIdDesc(long apprenticeId,
			OffTheJobStatus status);

	@Query("""
			select coalesce(sum(e.hours), 0) from OffTheJobEntry e
			where e.apprenticeId = :apprenticeId and e.activityDate = :date and e.id <> :except
			""")
	BigDecimal hoursOnDate(long apprenticeId, LocalDate date, long except);

	@Query("select e.status, sum(e.hours) from OffTheJobEntry e where e.apprenticeId = :apprenticeId group by e.status")
	List<Object[]> totalsByStatus(long apprenticeId);

	@Query("""
			select year(e.activityDate), month(e.activityDate), sum(e.hours) from OffTheJobEntry e
			where e.apprenticeId = :apprenticeId and e.status <> :notCounted
			group by year(e.activityDate), month(e.activityDate)
			""")
	List<Object[]> countedByMonth(long apprenticeId, OffTheJobStatus notCounted);

	@Query("""
			select new org.hcstracker.progress.AwaitingApproval(ap.id, person.name, count(e), min(e.activityDate))
			from OffTheJobEntry e
				join Apprentice ap on ap.id = e.apprenticeId
				join Account person on person.id = ap.accountId
			where ap.coachId = :coachId and e.status = :status
			group by ap.id, person.name
			order by min(e.createdAt), person.name
			""")
	List<AwaitingApproval> findAwaitingOfCoach(long coachId, OffTheJobStatus status);

	@Query("""
			select e.apprenticeId, sum(e.hours) from OffTheJobEntry e
			where e.apprenticeId in :apprenticeIds and e.status <> :notCounted
			group by e.apprenticeId
			""")
	List<Object[]> countedOf(Collection<Long> apprenticeIds, OffTheJobStatus notCounted);

}
