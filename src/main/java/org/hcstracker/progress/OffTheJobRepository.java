package org.hcstracker.progress;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

/**
 * Off-the-job entries. The lists that cross apprentices name only this module's entries:
 * the caller brings the apprentices in the person's scope as ids.
 */
interface OffTheJobRepository extends Repository<OffTheJobEntry, Long> {

	OffTheJobEntry save(OffTheJobEntry entry);

	@Query("select e from OffTheJobEntry e where e.id = :id and e.apprenticeId = :apprenticeId")
	Optional<OffTheJobEntry> findOfApprentice(long id, long apprenticeId);

	Page<OffTheJobEntry> findByApprenticeIdOrderByActivityDateDescIdDesc(long apprenticeId, Pageable pageable);

	List<OffTheJobEntry> findByApprenticeIdAndStatusOrderByActivityDateDescIdDesc(long apprenticeId,
			OffTheJobStatus status);

	Page<OffTheJobEntry> findByApprenticeIdAndStatusOrderByActivityDateDescIdDesc(long apprenticeId,
			OffTheJobStatus status, Pageable pageable);

	@Query("""
			select e from OffTheJobEntry e where e.apprenticeId = :apprenticeId and e.id in :ids
			order by e.activityDate desc, e.id desc
			""")
	List<OffTheJobEntry> findAllOfApprentice(Collection<Long> ids, long apprenticeId);

	@Query("""
			select e from OffTheJobEntry e
			where e.apprenticeId = :apprenticeId and e.status = :status and e.activityDate between :from and :to
			order by e.activityDate desc, e.id desc
			""")
	List<OffTheJobEntry> findInStatusBetween(long apprenticeId, OffTheJobStatus status, LocalDate from, LocalDate to);

	@Query("""
			select coalesce(sum(e.hours), 0) from OffTheJobEntry e
			where e.apprenticeId = :apprenticeId and e.activityDate = :date and e.id <> :except
			""")
	BigDecimal hoursOnDate(long apprenticeId, LocalDate date, long except);

	@Query("""
			select new org.hcstracker.progress.OffTheJobRepository$StatusTotal(e.status, sum(e.hours))
			from OffTheJobEntry e where e.apprenticeId = :apprenticeId group by e.status
			""")
	List<StatusTotal> totalsByStatus(long apprenticeId);

	@Query("""
			select new org.hcstracker.progress.OffTheJobRepository$StatusTotal(e.status, sum(e.hours))
			from OffTheJobEntry e where e.apprenticeId = :apprenticeId and e.activityDate >= :from
			group by e.status
			""")
	List<StatusTotal> totalsByStatusFrom(long apprenticeId, LocalDate from);

	@Query("""
			select new org.hcstracker.progress.OffTheJobRepository$MonthTotal(year(e.activityDate),
				month(e.activityDate), sum(e.hours), count(case when e.status = :awaiting then 1 end),
				coalesce(sum(case when e.status = :awaiting then e.hours end), 0))
			from OffTheJobEntry e
			where e.apprenticeId = :apprenticeId and e.status <> :notCounted
			group by year(e.activityDate), month(e.activityDate)
			""")
	List<MonthTotal> countedByMonth(long apprenticeId, OffTheJobStatus notCounted, OffTheJobStatus awaiting);

	@Query("""
			select new org.hcstracker.progress.OffTheJobRepository$Waiting(e.apprenticeId, count(e),
				min(e.activityDate), min(e.createdAt))
			from OffTheJobEntry e
			where e.apprenticeId in :apprenticeIds and e.status = :status
			group by e.apprenticeId
			order by min(e.createdAt), e.apprenticeId
			""")
	List<Waiting> findWaiting(Collection<Long> apprenticeIds, OffTheJobStatus status);

	@Query("""
			select new org.hcstracker.progress.OffTheJobRepository$ApprenticeTotal(e.apprenticeId, sum(e.hours))
			from OffTheJobEntry e
			where e.apprenticeId in :apprenticeIds and e.status <> :notCounted
			group by e.apprenticeId
			""")
	List<ApprenticeTotal> countedOf(Collection<Long> apprenticeIds, OffTheJobStatus notCounted);

	/**
	 * The hours of an apprentice's entries in one status.
	 *
	 * @param status the status
	 * @param hours their hours
	 */
	record StatusTotal(OffTheJobStatus status, BigDecimal hours) {
	}

	/**
	 * The hours that count of an apprentice's training in one month.
	 *
	 * @param year the year
	 * @param month the month, from 1
	 * @param hours the hours
	 * @param waiting how many of its entries wait for approval
	 * @param waitingHours their hours
	 */
	record MonthTotal(int year, int month, BigDecimal hours, long waiting, BigDecimal waitingHours) {
	}

	/**
	 * An apprentice's hours that count.
	 *
	 * @param apprenticeId the apprentice
	 * @param hours the hours
	 */
	record ApprenticeTotal(long apprenticeId, BigDecimal hours) {
	}

	/**
	 * An apprentice's entries waiting for approval.
	 *
	 * @param apprenticeId the apprentice
	 * @param entries how many wait
	 * @param earliest the date of the earliest training among them
	 * @param firstRecorded when the first of them was recorded
	 */
	record Waiting(long apprenticeId, long entries, LocalDate earliest, Instant firstRecorded) {
	}

	@Query("""
			select new org.hcstracker.progress.OffTheJobRepository$Figures(e.apprenticeId,
				sum(case when e.status <> :notCounted then e.hours end),
				count(case when e.status = :awaiting then 1 end),
				min(case when e.status = :awaiting then e.activityDate end),
				min(case when e.status = :awaiting then e.createdAt end))
			from OffTheJobEntry e
			where e.apprenticeId in :apprenticeIds
			group by e.apprenticeId
			""")
	List<Figures> figuresOf(Collection<Long> apprenticeIds, OffTheJobStatus notCounted, OffTheJobStatus awaiting);

	/**
	 * An apprentice's hours that count and entries waiting for approval.
	 *
	 * @param apprenticeId the apprentice
	 * @param counted the hours approved or awaiting approval, if any
	 * @param awaiting how many entries wait for approval
	 * @param earliestAwaiting the date of the earliest training waiting, if any
	 * @param awaitingSince when the first entry waiting was recorded, if any
	 */
	record Figures(long apprenticeId, @Nullable BigDecimal counted, long awaiting, @Nullable LocalDate earliestAwaiting,
			@Nullable Instant awaitingSince) {
	}

}
