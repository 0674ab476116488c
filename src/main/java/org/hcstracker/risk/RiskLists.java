package org.hcstracker.risk;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;

import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import jakarta.persistence.Tuple;
import org.hcstracker.programme.ApprenticeListQuery;
import org.hcstracker.programme.ApprenticeRow;
import org.hcstracker.programme.ApprenticeSort;
import org.hcstracker.programme.ApprenticeStatus;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

import static org.hcstracker.risk.ListSql.bindIfNamed;
import static org.hcstracker.risk.ListSql.counts;
import static org.hcstracker.risk.ListSql.filter;
import static org.hcstracker.risk.ListSql.flags;
import static org.hcstracker.risk.ListSql.search;
import static org.hcstracker.risk.ListSql.searchParameter;
import static org.hcstracker.risk.ListSql.sortColumn;
import static org.hcstracker.risk.Tuples.coachRating;
import static org.hcstracker.risk.Tuples.count;
import static org.hcstracker.risk.Tuples.date;
import static org.hcstracker.risk.Tuples.number;
import static org.hcstracker.risk.Tuples.required;

/**
 * The coach's and the line manager's lists of apprentices with their at-risk status,
 * paged and ordered in the database: each apprentice's flags are counted from the days
 * kept in their summary compared with today, ranked over the summaries of the caseload or
 * organisation alone, so that the list reads the apprentices of its page only. The read
 * side of the programme and the summaries, so it names their tables.
 */
@Component
class RiskLists {

	/**
	 * The number of flags raised today for an apprentice on programme (null for anyone
	 * else), from the days kept in their summary {@code s}, the status named by the
	 * caller.
	 */
	static final String FLAGS = ListSql.flags("ap.status");

	/**
	 * The columns of the page's rows, read for those rows only: the apprentice, their
	 * division and the figures from their summary.
	 */
	private static final String PAGE_COLUMNS = """
			select r.flags as flags, ap.id as id, ap.name as name, ap.uln as uln, d.code as division_code,
				ap.employer_name as employer_name, ap.coach_name as coach_name,
				ap.line_manager_id as line_manager_id, ap.line_manager_name as line_manager_name, ap.status as status,
				ap.start_date as start_date, ap.planned_end_date as planned_end_date,
				ap.break_started_on as break_started_on, ap.withdrawn_on as withdrawn_on,
				ap.planned_otj_hours as planned_otj_hours, s.counted_otj_hours as counted_otj_hours,
				s.last_review_held as last_review_held, s.last_submitted as last_submitted,
				s.oldest_waiting_since as oldest_waiting_since, s.evidence_waiting as evidence_waiting,
				s.latest_review_rag as latest_review_rag, s.latest_review_reason as latest_review_reason
			""";

	/**
	 * The same order as {@link Risk#rank()}: red, amber, green, more flags first; then a
	 * break; then the rest.
	 */
	private static final String RANK = """
			case when r.flags is null then (case when r.status = 'BREAK_IN_LEARNING' then 1000 else 2000 end)
				when r.flags >= :redFrom then 0 - r.flags
				when r.flags >= :amberFrom then 100 - r.flags
				else 200 - r.flags end""";

	private final EntityManager entityManager;

	private final RiskProperties properties;

	RiskLists(EntityManager entityManager, RiskProperties properties) {
		this.entityManager = entityManager;
		this.properties = properties;
	}

	/**
	 * A page of a coach's caseload, and the counts of the whole caseload by status: two
	 * statements.
	 */
	Rows caseload(long coachId, ApprenticeListQuery query, @Nullable StatusFilter filter, LocalDate today) {
		return page("s.coach_id = :scopeId", coachId, "", query, filter, today, null);
	}

	/**
	 * A page of an organisation's apprentices, a line manager's own first among equals
	 * when ordered by risk, and the counts of the whole list by status: two statements.
	 */
	Rows employed(long employerId, long lineManagerId, ApprenticeListQuery query, @Nullable StatusFilter filter,
			LocalDate today) {
		return page("s.employer_id = :scopeId", employerId,
				"case when r.line_manager_id = :lineManagerId then 0 else 1 end, ", query, filter, today,
				lineManagerId);
	}

	/**
	 * The page is ranked and cut from the summaries of the scope alone (which keep the
	 * scope, the status and the name, on an index by scope and name); the apprentices,
	 * their divisions and the rest of their summaries are read for the page's rows only.
	 * An order or search on what only the apprentice keeps (learner number, start,
	 * division, employer) joins the apprentices of the scope.
	 */
	private Rows page(String scope, long scopeId, String ownFirst, ApprenticeListQuery query,
			@Nullable StatusFilter filter, LocalDate today, @Nullable Long lineManagerId) {
		String order = (query.sort() == ApprenticeSort.RISK) ? RANK + ", " + ownFirst + "r.name"
				: sortColumn(query.sort());
		String search = search(query);
		boolean apprenticeColumns = query.searchesLearnerNumbers() || EnumSet
			.of(ApprenticeSort.ULN, ApprenticeSort.START, ApprenticeSort.DIVISION, ApprenticeSort.EMPLOYER)
			.contains(query.sort());
		String ranked = "select s.apprentice_id as id, s.name as name, s.status as status,"
				+ " s.line_manager_id as line_manager_id, " + flags("s.status") + " as flags"
				+ (apprenticeColumns ? ", ap.uln as uln, ap.start_date as start_date,"
						+ " ap.employer_name as employer_name, d.display_order as division_order" : "")
				+ " from apprentice_summaries s"
				+ (apprenticeColumns ? " join apprentices ap on ap.id = s.apprentice_id"
						+ " join divisions d on d.id = ap.division_id" : "")
				+ " where " + scope + search;
		String rowsSql = PAGE_COLUMNS + " from (select * from (" + ranked + ") r where " + filter(filter) + " order by "
				+ order + ", r.id limit :limit offset :offset) r"
				+ " join apprentices ap on ap.id = r.id join apprentice_summaries s on s.apprentice_id = r.id"
				+ " join divisions d on d.id = ap.division_id order by " + order + ", r.id";
		Query rows = this.entityManager.createNativeQuery(rowsSql, Tuple.class)
			.setParameter("today", today)
			.setParameter("scopeId", scopeId)
			.setParameter("limit", ApprenticeListQuery.PAGE_SIZE)
			.setParameter("offset", (long) query.page() * ApprenticeListQuery.PAGE_SIZE);
		bindIfNamed(rows, rowsSql, "redFrom", this.properties.redFrom());
		bindIfNamed(rows, rowsSql, "amberFrom", this.properties.amberFrom());
		if (lineManagerId != null) {
			bindIfNamed(rows, rowsSql, "lineManagerId", lineManagerId);
		}
		Query counts = this.entityManager.createNativeQuery(counts(scope, filter, query), Tuple.class)
			.setParameter("scopeId", scopeId)
			.setParameter("today", today)
			.setParameter("redFrom", this.properties.redFrom())
			.setParameter("amberFrom", this.properties.amberFrom());
		searchParameter(rows, query);
		searchParameter(counts, query);
		Tuple figures = (Tuple) counts.getSingleResult();
		@SuppressWarnings("unchecked")
		List<Tuple> tuples = rows.getResultList();
		StatusCounts byStatus = new StatusCounts(count(figures, "red"), count(figures, "amber"),
				count(figures, "green"), count(figures, "on_break"), count(figures, "at_gateway"),
				count(figures, "in_epa"));
		return new Rows(tuples.stream().map(RiskLists::row).toList(), count(figures, "total"), byStatus,
				count(figures, "evidence_waiting"));
	}

	private static Row row(Tuple tuple) {
		ApprenticeRow row = new ApprenticeRow(number(tuple, "id").longValue(), tuple.get("name", String.class),
				tuple.get("uln", String.class), tuple.get("division_code", String.class),
				tuple.get("employer_name", String.class), tuple.get("coach_name", String.class),
				number(tuple, "line_manager_id").longValue(), tuple.get("line_manager_name", String.class),
				ApprenticeStatus.valueOf(tuple.get("status", String.class)), required(date(tuple, "start_date")),
				required(date(tuple, "planned_end_date")), date(tuple, "break_started_on"),
				date(tuple, "withdrawn_on"));
		BigDecimal counted = tuple.get("counted_otj_hours", BigDecimal.class);
		return new Row(row, tuple.get("planned_otj_hours", BigDecimal.class),
				(counted != null) ? counted : BigDecimal.ZERO, date(tuple, "last_review_held"),
				date(tuple, "last_submitted"), date(tuple, "oldest_waiting_since"), count(tuple, "evidence_waiting"),
				coachRating(tuple));
	}

	/**
	 * A page, the number listed (searched, filtered), the counts, the evidence waiting.
	 */
	record Rows(List<Row> rows, long total, StatusCounts counts, long evidenceWaiting) {
	}

	/** A row of the list with the figures its risk is worked out from. */
	record Row(ApprenticeRow apprentice, BigDecimal plannedOtjHours, BigDecimal countedOtjHours,
			@Nullable LocalDate lastReviewHeld, @Nullable LocalDate lastSubmitted,
			@Nullable LocalDate oldestWaitingSince, long evidenceWaiting, RiskFacts.@Nullable CoachRating coachRating) {
	}

}
