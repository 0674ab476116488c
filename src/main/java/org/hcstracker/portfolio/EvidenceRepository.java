package org.hcstracker.portfolio;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;
import org.springframework.orm.ObjectOptimisticLockingFailureException;

/**
 * Evidence, and the read queries of the portfolio pages. Every query that lists evidence
 * names the statuses the caller may see; the review queue joins the programme's
 * apprentices and the people module's accounts by entity name, so it is one statement
 * however long it grows.
 */
interface EvidenceRepository extends Repository<Evidence, Long> {

	Evidence save(Evidence evidence);

	@Query("select e from Evidence e where e.id = :id and e.apprenticeId = :apprenticeId")
	Optional<Evidence> findOfApprentice(long id, long apprenticeId);

	@Query(value = """
			select new org.hcstracker.portfolio.EvidenceRow(e.id, e.title, e.type, e.activityDate, e.status)
			from Evidence e
			where e.apprenticeId = :apprenticeId and e.status in :statuses
				and (:type is null or e.type = :type)
				and (:areaId is null or :areaId member of e.areaIds)
				and (:ksbId is null or :ksbId member of e.ksbIds)
			order by e.activityDate desc, e.id desc
			""", countQuery = """
			select count(e) from Evidence e
			where e.apprenticeId = :apprenticeId and e.status in :statuses
				and (:type is null or e.type = :type)
				and (:areaId is null or :areaId member of e.areaIds)
				and (:ksbId is null or :ksbId member of e.ksbIds)
			""")
	Page<EvidenceRow> findPortfolio(long apprenticeId, Collection<EvidenceStatus> statuses, @Nullable EvidenceType type,
			@Nullable Long areaId, @Nullable Long ksbId, Pageable pageable);

	@Query("""
			select new org.hcstracker.portfolio.EvidenceRepository$AreaOfEvidence(e.id, a)
			from Evidence e join e.areaIds a where e.id in :ids
			""")
	List<AreaOfEvidence> findAreaIdsOf(Collection<Long> ids);

	/**
	 * The areas of each piece of an apprentice's evidence accepted from a time on (and
	 * still accepted).
	 * @param apprenticeId the apprentice
	 * @param accepted the status accepted
	 * @param since from when
	 * @return each accepted piece with each of its areas
	 */
	@Query("""
			select new org.hcstracker.portfolio.EvidenceRepository$AreaOfEvidence(e.id, a)
			from Evidence e join e.areaIds a
			where e.apprenticeId = :apprenticeId and e.status = :accepted
				and exists (select d.id from EvidenceDecision d
					where d.evidenceId = e.id and d.outcome = :accepted and d.decidedAt >= :since)
			""")
	List<AreaOfEvidence> acceptedSince(long apprenticeId, EvidenceStatus accepted, Instant since);

	@Query("""
			select new org.hcstracker.portfolio.EvidenceRepository$StatusCount(a, e.status, count(e))
			from Evidence e join e.areaIds a
			where e.apprenticeId = :apprenticeId and e.status in :statuses
			group by a, e.status
			""")
	List<StatusCount> countByArea(long apprenticeId, Collection<EvidenceStatus> statuses);

	@Query("""
			select new org.hcstracker.portfolio.EvidenceRepository$StatusCount(k, e.status, count(e))
			from Evidence e join e.ksbIds k
			where e.apprenticeId = :apprenticeId and e.status in :statuses
			group by k, e.status
			""")
	List<StatusCount> countByKsb(long apprenticeId, Collection<EvidenceStatus> statuses);

	@Query(value = """
			select new org.hcstracker.portfolio.EvidenceRepository$Waiting(e.id, e.apprenticeId, e.title, e.type,
				e.submittedAt)
			from Evidence e
			where e.apprenticeId in :apprenticeIds and e.status = :status
				and (:apprenticeId is null or e.apprenticeId = :apprenticeId)
				and (:type is null or e.type = :type)
				and (:areaId is null or :areaId member of e.areaIds)
			order by e.submittedAt asc, e.id asc
			""", countQuery = """
			select count(e) from Evidence e
			where e.apprenticeId in :apprenticeIds and e.status = :status
				and (:apprenticeId is null or e.apprenticeId = :apprenticeId)
				and (:type is null or e.type = :type)
				and (:areaId is null or :areaId member of e.areaIds)
			""")
	Page<Waiting> findQueue(Collection<Long> apprenticeIds, EvidenceStatus status, @Nullable Long apprenticeId,
			@Nullable EvidenceType type, @Nullable Long areaId, Pageable pageable);

	/**
	 * The first of a queue as {@link #findQueue} orders it, without counting the rest.
	 */
	@Query("""
			select new org.hcstracker.portfolio.EvidenceRepository$Waiting(e.id, e.apprenticeId, e.title, e.type,
				e.submittedAt)
			from Evidence e
			where e.apprenticeId in :apprenticeIds and e.status = :status
				and (:apprenticeId is null or e.apprenticeId = :apprenticeId)
				and (:type is null or e.type = :type)
				and (:areaId is null or :areaId member of e.areaIds)
			order by e.submittedAt asc, e.id asc
			""")
	List<Waiting> findQueueHead(Collection<Long> apprenticeIds, EvidenceStatus status, @Nullable Long apprenticeId,
			@Nullable EvidenceType type, @Nullable Long areaId, Pageable first);

	@Query("""
			select new org.hcstracker.portfolio.EvidenceRepository$ApprenticeCount(e.apprenticeId, count(e))
			from Evidence e
			where e.apprenticeId in :apprenticeIds and e.status = :status
			group by e.apprenticeId
			""")
	List<ApprenticeCount> countWithStatus(Collection<Long> apprenticeIds, EvidenceStatus status);

	@Query("""
			select new org.hcstracker.portfolio.EvidenceRow(e.id, e.title, e.type, e.activityDate, e.status)
			from Evidence e
			where e.apprenticeId = :apprenticeId and e.status in :statuses
			order by e.updatedAt desc, e.id desc
			""")
	List<EvidenceRow> findWithStatuses(long apprenticeId, Collection<EvidenceStatus> statuses);

	@Query("""
			select new org.hcstracker.portfolio.EvidenceRepository$Submissions(e.apprenticeId, max(e.submittedAt),
				min(case when e.status = :waiting then e.submittedAt end), count(case when e.status = :waiting then 1 end))
			from Evidence e where e.apprenticeId in :apprenticeIds and e.submittedAt is not null
			group by e.apprenticeId
			""")
	List<Submissions> submissionDatesOf(Collection<Long> apprenticeIds, EvidenceStatus waiting);

	@Query("""
			select new org.hcstracker.portfolio.EvidenceRepository$Acceptance(d.decidedAt, d.coachName)
			from EvidenceDecision d, Evidence e
			where e.id = d.evidenceId and e.apprenticeId = :apprenticeId and e.type = :type and e.status = :accepted
				and d.outcome = :accepted
			order by d.decidedAt desc
			""")
	List<Acceptance> acceptancesOf(long apprenticeId, EvidenceType type, EvidenceStatus accepted);

	@Query("""
			select count(e) > 0 from Evidence e
			where e.apprenticeId = :apprenticeId and e.type = :type and e.status = :status
			""")
	boolean existsOfType(long apprenticeId, EvidenceType type, EvidenceStatus status);

	@Query(value = "select apprentice_id, programme_area_id from accepted_areas where apprentice_id in :apprenticeIds",
			nativeQuery = true)
	List<AcceptedArea> acceptedAreasOf(Collection<Long> apprenticeIds);

	/**
	 * Notes the areas of a piece of evidence just accepted among its apprentice's areas
	 * with accepted evidence (accepted evidence never changes, so they are never taken
	 * off).
	 */
	@Modifying(flushAutomatically = true)
	@Query(value = """
			insert into accepted_areas (apprentice_id, programme_area_id)
			select e.apprentice_id, a.programme_area_id
			from evidence e join evidence_areas a on a.evidence_id = e.id
			where e.id = :evidenceId and e.status = 'ACCEPTED' and not exists (select 1 from accepted_areas x
				where x.apprentice_id = e.apprentice_id and x.programme_area_id = a.programme_area_id)
			on conflict do nothing
			""", nativeQuery = true)
	int noteAcceptedAreas(long evidenceId);

	@Query("""
			select new org.hcstracker.portfolio.EvidenceRepository$StatusOfApprentice(e.apprenticeId, e.status)
			from Evidence e where e.apprenticeId in :apprenticeIds and e.type = :type
			""")
	List<StatusOfApprentice> statusesOfType(Collection<Long> apprenticeIds, EvidenceType type);

	/**
	 * The evidence of an apprentice as the person saw it.
	 * @param id the evidence
	 * @param apprenticeId the apprentice
	 * @param expectedVersion the version the person saw
	 * @return the evidence
	 * @throws EvidenceNotFoundException if the apprentice has no such evidence
	 * @throws ObjectOptimisticLockingFailureException if it changed since
	 */
	default Evidence requireOfApprentice(long id, long apprenticeId, long expectedVersion) {
		Evidence item = findOfApprentice(id, apprenticeId).orElseThrow(() -> EvidenceNotFoundException.forId(id));
		if (item.getVersion() != expectedVersion) {
			throw new ObjectOptimisticLockingFailureException(Evidence.class, id);
		}
		return item;
	}

	/**
	 * A programme area a piece of evidence counts for.
	 *
	 * @param evidenceId the evidence
	 * @param areaId the area
	 */
	record AreaOfEvidence(long evidenceId, long areaId) {
	}

	/**
	 * How much evidence in one status counts for an area or a statement.
	 *
	 * @param id the area or statement
	 * @param status the status
	 * @param count how many pieces of evidence
	 */
	record StatusCount(long id, EvidenceStatus status, long count) {
	}

	/**
	 * How much evidence one apprentice has.
	 *
	 * @param apprenticeId the apprentice
	 * @param count how many pieces of evidence
	 */
	record ApprenticeCount(long apprenticeId, long count) {
	}

	/**
	 * When an apprentice last submitted evidence, and since when the evidence waiting
	 * longest has waited.
	 *
	 * @param apprenticeId the apprentice
	 * @param lastSubmitted the latest submission
	 * @param oldestWaiting the submission of the evidence waiting longest, if any waits
	 * @param waiting how many pieces of evidence wait for review
	 */
	record Submissions(long apprenticeId, Instant lastSubmitted, @Nullable Instant oldestWaiting, long waiting) {
	}

	/**
	 * A coach's acceptance of a piece of evidence.
	 *
	 * @param decidedAt when
	 * @param coachName by whom
	 */
	record Acceptance(Instant decidedAt, String coachName) {
	}

	/**
	 * A programme area with accepted evidence of an apprentice.
	 *
	 * @param apprenticeId the apprentice
	 * @param areaId the area
	 */
	record AcceptedArea(long apprenticeId, long areaId) {
	}

	/**
	 * The status of one piece of an apprentice's evidence.
	 *
	 * @param apprenticeId the apprentice
	 * @param status the evidence's status
	 */
	record StatusOfApprentice(long apprenticeId, EvidenceStatus status) {
	}

	/**
	 * Evidence waiting for review, before its apprentice's name is known.
	 *
	 * @param evidenceId the evidence
	 * @param apprenticeId whose it is
	 * @param title its title
	 * @param type its kind
	 * @param submittedAt when it was submitted
	 */
	record Waiting(long evidenceId, long apprenticeId, String title, EvidenceType type, Instant submittedAt) {
	}

}
