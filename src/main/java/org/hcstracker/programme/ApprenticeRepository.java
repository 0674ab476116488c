package org.hcstracker.programme;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

/**
 * Apprentices, and the read queries of the pages that list them. The names of the people
 * and organisations around each apprentice are kept on the apprentice (see
 * {@link PeopleRenames}), so a page is one statement (plus its count) whatever the number
 * of rows without naming the people module's tables; every query that can return another
 * person's apprentice carries the caller's scope in its where clause.
 */
interface ApprenticeRepository extends Repository<Apprentice, Long> {

	String ROW = """
			select new org.hcstracker.programme.ApprenticeRow(ap.id, ap.name, ap.uln, d.code, ap.employerName,
				ap.coachName, ap.lineManagerId, ap.lineManagerName, ap.status, ap.startDate, ap.plannedEndDate,
				ap.breakStartedOn, ap.withdrawnOn)
			from Apprentice ap
				join Division d on d.id = ap.divisionId
			""";

	String COUNT = """
			select count(ap) from Apprentice ap
			""";

	String SEARCH = " (lower(ap.name) like :namePattern or ap.uln like :ulnPattern) ";

	Apprentice save(Apprentice apprentice);

	Optional<Apprentice> findById(long id);

	boolean existsByUln(String uln);

	Optional<Apprentice> findByUln(String uln);

	Optional<Apprentice> findByAccountId(long accountId);

	@Query("""
			select new org.hcstracker.programme.ApprenticeRepository$ActiveRow(ap.id, ap.name, ap.lineManagerId,
				ap.status, ap.startDate, ap.plannedEndDate, ap.plannedOtjHours)
			from Apprentice ap
			where ap.coachId = :coachId and ap.status in :statuses
			order by ap.name, ap.id
			""")
	List<ActiveRow> findActiveOfCoach(long coachId, List<ApprenticeStatus> statuses);

	@Query(value = ROW + " where ap.coachId = :coachId and" + SEARCH,
			countQuery = COUNT + " where ap.coachId = :coachId and" + SEARCH)
	Page<ApprenticeRow> findCaseload(long coachId, String namePattern, String ulnPattern, Pageable pageable);

	@Query(value = ROW + " where ap.employerId = :employerId and" + SEARCH
			+ " order by case when ap.lineManagerId = :lineManagerId then 0 else 1 end",
			countQuery = COUNT + " where ap.employerId = :employerId and" + SEARCH)
	Page<ApprenticeRow> findEmployed(long employerId, long lineManagerId, String namePattern, String ulnPattern,
			Pageable pageable);

	/** The admin's filters, each optional. */
	String FILTERS = """
			 (:status is null or ap.status = :status)
			and (:divisionId is null or ap.divisionId = :divisionId)
			and (:employerId is null or ap.employerId = :employerId)
			and (:coachId is null or ap.coachId = :coachId)
			""";

	@Query(value = ROW + " where" + FILTERS, countQuery = "select count(ap) from Apprentice ap where" + FILTERS)
	Page<ApprenticeRow> findAllFiltered(@Nullable ApprenticeStatus status, @Nullable Long divisionId,
			@Nullable Long employerId, @Nullable Long coachId, Pageable pageable);

	@Query(value = ROW + " where lower(ap.name) like :namePattern and" + FILTERS,
			countQuery = COUNT + " where lower(ap.name) like :namePattern and" + FILTERS)
	Page<ApprenticeRow> findAllNamed(String namePattern, @Nullable ApprenticeStatus status, @Nullable Long divisionId,
			@Nullable Long employerId, @Nullable Long coachId, Pageable pageable);

	@Query(value = ROW + " where ap.uln like :ulnPattern and" + FILTERS,
			countQuery = "select count(ap) from Apprentice ap where ap.uln like :ulnPattern and" + FILTERS)
	Page<ApprenticeRow> findAllByUln(String ulnPattern, @Nullable ApprenticeStatus status, @Nullable Long divisionId,
			@Nullable Long employerId, @Nullable Long coachId, Pageable pageable);

	@Query("""
			select new org.hcstracker.programme.ApprenticeProfile(ap.id, ap.accountId, ap.name, ap.email, ap.uln,
				d.code, version.name, ap.employerId, ap.employerName, ap.lineManagerId, ap.lineManagerName, ap.coachId,
				ap.coachName, ap.epaoId, ap.epaoName, ap.assessorId, ap.assessorName, ap.startDate, ap.plannedEndDate,
				ap.plannedOtjHours, ap.status, ap.breakStartedOn, ap.withdrawnOn)
			from Apprentice ap
				join Division d on d.id = ap.divisionId
				join StandardVersion version on version.id = ap.standardVersionId
			where ap.id = :id
				and (:everyone = true or ap.coachId = :coachId or ap.employerId = :employerId
					or ap.accountId = :accountId or ap.assessorId = :assessorId)
			""")
	Optional<ApprenticeProfile> findProfile(long id, boolean everyone, long coachId, long employerId, long accountId,
			long assessorId);

	@Query("""
			select ap from Apprentice ap where ap.id = :id
				and (:everyone = true or ap.coachId = :coachId or ap.employerId = :employerId
					or ap.accountId = :accountId or ap.assessorId = :assessorId)
			""")
	Optional<Apprentice> findVisible(long id, boolean everyone, long coachId, long employerId, long accountId,
			long assessorId);

	@Query(value = ROW + """
			 where ap.assessorId = :assessorId
			order by case when ap.status = :first then 0 else 1 end, ap.name, ap.id
			""", countQuery = "select count(ap) from Apprentice ap where ap.assessorId = :assessorId")
	Page<ApprenticeRow> findAssessed(long assessorId, ApprenticeStatus first, Pageable pageable);

	@Query("""
			select new org.hcstracker.programme.ApprenticeName(ap.id, ap.name)
			from Apprentice ap
			where ap.id in :ids order by ap.name, ap.id
			""")
	List<ApprenticeName> findNames(Collection<Long> ids);

	@Query("""
			select new org.hcstracker.programme.ApprenticeRepository$ActiveRow(ap.id, ap.name, ap.lineManagerId,
				ap.status, ap.startDate, ap.plannedEndDate, ap.plannedOtjHours)
			from Apprentice ap
			where ap.id in :ids
			order by ap.id
			""")
	List<ActiveRow> findFactsOf(Collection<Long> ids);

	@Query("""
			select new org.hcstracker.programme.ApprenticeName(ap.id, ap.name)
			from Apprentice ap
			where ap.lineManagerId = :lineManagerId and ap.status = :status order by ap.name, ap.id
			""")
	List<ApprenticeName> findNamesOfLineManager(long lineManagerId, ApprenticeStatus status);

	@Query("select ap.id from Apprentice ap where" + SEARCH + "order by ap.name, ap.id")
	List<Long> findIdsMatching(String namePattern, String ulnPattern, Pageable pageable);

	@Query("select ap.id from Apprentice ap order by ap.id")
	List<Long> findAllIds();

	@Query("select ap.id from Apprentice ap where ap.status = :status order by ap.id")
	List<Long> findIdsByStatus(ApprenticeStatus status);

	@Query("select ap.id from Apprentice ap where ap.coachId = :coachId order by ap.id")
	List<Long> findIdsOfCoach(long coachId);

	@Query("""
			select new org.hcstracker.programme.ApprenticeName(ap.id, ap.name)
			from Apprentice ap
			where ap.coachId = :coachId order by ap.name, ap.id
			""")
	List<ApprenticeName> findNamesOfCoach(long coachId);

	@Query("select ap.id from Apprentice ap where ap.lineManagerId = :lineManagerId order by ap.id")
	List<Long> findIdsOfLineManager(long lineManagerId);

	@Query("select ap.id from Apprentice ap where ap.coachId = :coachId and ap.status not in :finished")
	List<Long> findActiveIdsOfCoach(long coachId, List<ApprenticeStatus> finished);

	@Modifying
	@Query("""
			update Apprentice ap set ap.coachId = :toCoachId, ap.coachName = :toCoachName, ap.version = ap.version + 1
			where ap.id in :ids
			""")
	int moveToCoach(List<Long> ids, long toCoachId, String toCoachName);

	// The names kept on each apprentice, when the people module renames someone. The
	// version stays: a copied name is no one's edit and conflicts with no form.

	@Modifying
	@Query("update Apprentice ap set ap.name = :name where ap.accountId = :accountId")
	int renamePerson(long accountId, String name);

	@Modifying
	@Query("update Apprentice ap set ap.lineManagerName = :name where ap.lineManagerId = :accountId")
	int renameLineManager(long accountId, String name);

	@Modifying
	@Query("update Apprentice ap set ap.coachName = :name where ap.coachId = :accountId")
	int renameCoach(long accountId, String name);

	@Modifying
	@Query("update Apprentice ap set ap.assessorName = :name where ap.assessorId = :accountId")
	int renameAssessor(long accountId, String name);

	@Modifying
	@Query("update Apprentice ap set ap.employerName = :name where ap.employerId = :organisationId")
	int renameEmployer(long organisationId, String name);

	@Modifying
	@Query("update Apprentice ap set ap.epaoName = :name where ap.epaoId = :organisationId")
	int renameEpao(long organisationId, String name);

	/**
	 * An apprentice on programme or on a break, before their breaks are read.
	 */
	record ActiveRow(long id, String name, long lineManagerId, ApprenticeStatus status, LocalDate startDate,
			LocalDate plannedEndDate, BigDecimal plannedOtjHours) {

		ActiveApprentice withBreaks(List<ApprenticeDirectory.BreakInLearning> breaks) {
			return new ActiveApprentice(this.id, this.name, this.lineManagerId, this.status, this.startDate,
					this.plannedEndDate, this.plannedOtjHours, breaks);
		}

	}

}
