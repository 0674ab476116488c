package org.hcstracker.risk;

import java.math.BigDecimal;
import java.sql.Date;
import java.time.LocalDate;
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

/**
 * The lists of apprentices with their at-risk status, paged and ordered in the database:
 * each apprentice's flags are counted from the days kept in their summary compared with
 * today, so that the list reads its page of rows and its count, never the whole caseload
 * or organisation. The read side of the programme and the summaries, so it names their
 * tables.
 */
@Component
class RiskLists {

	/**
	 * The number of flags raised today for an apprentice on programme (null for anyone
	 * else), from the days kept in their summary {@code s}.
	 */
	private static final String FLAGS = """
			case when ap.status = 'ON_PROGRAMME' then
				(case when s.review_overdue_from <= :today then 1 else 0 end)
				+ (case when s.otj_behind_from <= :today then 1 else 0 end)
				+ (case when s.evidence_waiting_from <= :today then 1 else 0 end)
				+ (case when s.no_evidence_from <= :today then 1 else 0 end)
				+ (case when s.past_end_from <= :today then 1 else 0 end)
			end""";

	/**
	 * Each apprentice in scope with what orders the list: the figures from the summary
	 * and the number of flags raised today. The coach's and line manager's names are
	 * joined for the page's rows only.
	 */
	private static final String ROWS = """
			select ap.id as id, person.name as name, ap.uln as uln, d.code as division_code,
				d.display_order as division_order, employer.name as employer_name, ap.coach_id as coach_id,
				ap.line_manager_id as line_manager_id, ap.status as status,
				ap.start_date as start_date, ap.planned_end_date as planned_end_date,
				ap.break_started_on as break_started_on, ap.withdrawn_on as withdrawn_on,
				ap.planned_otj_hours as planned_otj_hours, s.counted_otj_hours as counted_otj_hours,
				s.last_review_held as last_review_held, s.last_submitted as last_submitted,
				s.oldest_waiting_since as oldest_waiting_since, s.evidence_waiting as evidence_waiting,
				""" + FLAGS + """
			 as flags
			from apprentices ap
				join accounts person on person.id = ap.account_id
				join divisions d on d.id = ap.division_id
				join organisations employer on employer.id = ap.employer_id
				left join apprentice_summaries s on s.apprentice_id = ap.id
			""";

	/**
	 * The coach's apprentices who need them now: a review overdue or due soon (on
	 * programme, due by the day before {@code s.review_overdue_from}), or off-the-job
	 * entries waiting for approval, the longest waiting first.
	 */
	private static final String NEEDS = """
			select ap.id as id, person.name as name, ap.status as status,
				s.review_overdue_from as review_overdue_from, s.next_review_scheduled as next_review_scheduled,
				s.otj_awaiting_entries as otj_awaiting_entries, s.otj_awaiting_earliest as otj_awaiting_earliest
			from apprentices ap
				join accounts person on person.id = ap.account_id
				join apprentice_summaries s on s.apprentice_id = ap.id
			where ap.coach_id = :coachId
				and ((ap.status = 'ON_PROGRAMME' and s.review_overdue_from <= :dueSoonUntil)
					or s.otj_awaiting_entries > 0)
			order by s.otj_awaiting_since, person.name, ap.id
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
		return page("ap.coach_id = :scopeId", coachId, "", query, filter, today, null);
	}

	/**
	 * A page of an organisation's apprentices, a line manager's own first among equals
	 * when ordered by risk, and the counts of the whole list by status: two statements.
	 */
	Rows employed(long employerId, long lineManagerId, ApprenticeListQuery query, @Nullable StatusFilter filter,
			LocalDate today) {
		return page("ap.employer_id = :scopeId", employerId,
				"case when r.line_manager_id = :lineManagerId then 0 else 1 end, ", query, filter, today,
				lineManagerId);
	}

	/**
	 * The coach's apprentices with a review overdue or due within the days a review is
	 * "due soon", or off-the-job entries waiting for approval (these the longest waiting
	 * first): one statement.
	 */
	List<Need> needs(long coachId, LocalDate dueSoonUntil) {
		@SuppressWarnings("unchecked")
		List<Tuple> tuples = this.entityManager.createNativeQuery(NEEDS, Tuple.class)
			.setParameter("coachId", coachId)
			.setParameter("dueSoonUntil", dueSoonUntil)
			.getResultList();
		return tuples.stream()
			.map((tuple) -> new Need(number(tuple, "id").longValue(), tuple.get("name", String.class),
					ApprenticeStatus.valueOf(tuple.get("status", String.class)), date(tuple, "review_overdue_from"),
					date(tuple, "next_review_scheduled"), number(tuple, "otj_awaiting_entries").longValue(),
					date(tuple, "otj_awaiting_earliest")))
			.toList();
	}

	/**
	 * How many apprentices of the whole programme stand in each status, those on
	 * programme by their red, amber or green, for each division (every division, in
	 * order) and for each employer with apprentices (by name): two statements, whatever
	 * the number of apprentices.
	 */
	ProgrammeTotals totals(LocalDate today) {
		String counts = """
				sum(case when f.flags >= :redFrom then 1 else 0 end) as red,
				sum(case when f.flags < :redFrom and f.flags >= :amberFrom then 1 else 0 end) as amber,
				sum(case when f.flags < :amberFrom then 1 else 0 end) as green,
				sum(case when f.status = 'BREAK_IN_LEARNING' then 1 else 0 end) as on_break,
				sum(case when f.status = 'GATEWAY' then 1 else 0 end) as at_gateway,
				sum(case when f.status = 'IN_EPA' then 1 else 0 end) as in_epa,
				sum(case when f.status = 'COMPLETED' then 1 else 0 end) as completed,
				sum(case when f.status = 'WITHDRAWN' then 1 else 0 end) as withdrawn
				""";
		String standing = "(select ap.division_id, ap.employer_id, ap.status, " + FLAGS
				+ " as flags from apprentices ap left join apprentice_summaries s on s.apprentice_id = ap.id) f";
		List<ProgrammeTotals.Row> divisions = totalsRows(
				"select d.code as name, " + counts + " from divisions d" + " left join " + standing
						+ " on f.division_id = d.id group by d.code, d.display_order" + " order by d.display_order",
				today);
		List<ProgrammeTotals.Row> employers = totalsRows(
				"select o.name as name, " + counts + " from " + standing
						+ " join organisations o on o.id = f.employer_id group by o.id, o.name order by o.name, o.id",
				today);
		return new ProgrammeTotals(divisions, employers);
	}

	private List<ProgrammeTotals.Row> totalsRows(String sql, LocalDate today) {
		@SuppressWarnings("unchecked")
		List<Tuple> tuples = this.entityManager.createNativeQuery(sql, Tuple.class)
			.setParameter("today", today)
			.setParameter("redFrom", this.properties.redFrom())
			.setParameter("amberFrom", this.properties.amberFrom())
			.getResultList();
		return tuples.stream()
			.map((t) -> new ProgrammeTotals.Row(t.get("name", String.class), count(t, "red"), count(t, "amber"),
					count(t, "green"), count(t, "on_break"), count(t, "at_gateway"), count(t, "in_epa"),
					count(t, "completed"), count(t, "withdrawn")))
			.toList();
	}

	private static long count(Tuple tuple, String alias) {
		Object value = tuple.get(alias);
		return (value instanceof Number number) ? number.longValue() : 0;
	}

	private Rows page(String scope, long scopeId, String ownFirst, ApprenticeListQuery query,
			@Nullable StatusFilter filter, LocalDate today, @Nullable Long lineManagerId) {
		String order = (query.sort() == ApprenticeSort.RISK) ? RANK + ", " + ownFirst + "r.name"
				: sortColumn(query.sort());
		String search = search(query);
		String rowsSql = "select r.*, coach.name as coach_name, line_manager.name as line_manager_name from ("
				+ "select * from (" + ROWS + " where " + scope + search + ") r where " + filter(filter) + " order by "
				+ order + ", r.id limit :limit offset :offset) r" + " join accounts coach on coach.id = r.coach_id"
				+ " join accounts line_manager on line_manager.id = r.line_manager_id order by " + order + ", r.id";
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
		Query counts = this.entityManager.createNativeQuery(
				"""
						select sum(case when r.matches = 1 and %s then 1 else 0 end) as total,
							sum(case when %s then 1 else 0 end) as red,
							sum(case when %s then 1 else 0 end) as amber,
							sum(case when %s then 1 else 0 end) as green,
							sum(case when %s then 1 else 0 end) as on_break,
							sum(case when %s then 1 else 0 end) as at_gateway,
							sum(case when %s then 1 else 0 end) as in_epa,
							sum(r.evidence_waiting) as evidence_waiting
						from (select ap.status as status, %s as matches, coalesce(s.evidence_waiting, 0) as evidence_waiting,
								%s as flags
							from apprentices ap
								%s
								left join apprentice_summaries s on s.apprentice_id = ap.id
							where %s) r
						"""
					.formatted(filter(filter), filter(StatusFilter.RED), filter(StatusFilter.AMBER),
							filter(StatusFilter.GREEN), filter(StatusFilter.BREAK), filter(StatusFilter.GATEWAY),
							filter(StatusFilter.IN_EPA),
							search.isEmpty() ? "1"
									: "case when " + search.substring(" and ".length()) + " then 1 else 0 end",
							FLAGS, search.isEmpty() ? "" : "join accounts person on person.id = ap.account_id", scope),
				Tuple.class)
			.setParameter("scopeId", scopeId)
			.setParameter("today", today)
			.setParameter("redFrom", this.properties.redFrom())
			.setParameter("amberFrom", this.properties.amberFrom());
		searchParameter(rows, query);
		searchParameter(counts, query);
		Tuple figures = (Tuple) counts.getSingleResult();
		@SuppressWarnings("unchecked")
		List<Tuple> tuples = rows.getResultList();
		StatusCounts byStatus = new StatusCounts(sum(figures, "red"), sum(figures, "amber"), sum(figures, "green"),
				sum(figures, "on_break"), sum(figures, "at_gateway"), sum(figures, "in_epa"));
		return new Rows(tuples.stream().map(RiskLists::row).toList(), sum(figures, "total"), byStatus,
				sum(figures, "evidence_waiting"));
	}

	/**
	 * The condition on a row {@code r} (with its {@code status} and {@code flags}) of
	 * having a status: the same thresholds as {@link RiskPolicy#rag(int)}.
	 */
	private static String filter(@Nullable StatusFilter filter) {
		if (filter == null) {
			return "1 = 1";
		}
		return switch (filter) {
			case RED -> "r.flags >= :redFrom";
			case AMBER -> "r.flags < :redFrom and r.flags >= :amberFrom";
			case GREEN -> "r.flags < :redFrom and r.flags < :amberFrom";
			case BREAK -> "r.status = 'BREAK_IN_LEARNING'";
			case GATEWAY -> "r.status = 'GATEWAY'";
			case IN_EPA -> "r.status = 'IN_EPA'";
		};
	}

	/** The order and the filter name the thresholds only when they need them. */
	private static void bindIfNamed(Query target, String sql, String name, Object value) {
		if (sql.contains(":" + name)) {
			target.setParameter(name, value);
		}
	}

	private static long sum(Tuple tuple, String column) {
		Object value = tuple.get(column);
		return (value != null) ? ((Number) value).longValue() : 0;
	}

	/** Part of a name, or the start of a learner number, each on its own index. */
	private static String search(ApprenticeListQuery query) {
		if (query.search().isEmpty()) {
			return "";
		}
		return query.searchesLearnerNumbers() ? " and ap.uln like :ulnPattern"
				: " and lower(person.name) like :namePattern";
	}

	private static void searchParameter(Query target, ApprenticeListQuery query) {
		if (query.searchesLearnerNumbers()) {
			target.setParameter("ulnPattern", query.ulnPattern());
		}
		else if (!query.search().isEmpty()) {
			target.setParameter("namePattern", query.namePattern());
		}
	}

	private static String sortColumn(ApprenticeSort sort) {
		return switch (sort) {
			case RISK, NAME -> "r.name";
			case ULN -> "r.uln";
			case START -> "r.start_date";
			case STATUS -> "r.status";
			case DIVISION -> "r.division_order";
			case EMPLOYER -> "r.employer_name";
		};
	}

	private static Row row(Tuple tuple) {
		ApprenticeRow row = new ApprenticeRow(number(tuple, "id").longValue(), tuple.get("name", String.class),
				tuple.get("uln", String.class), tuple.get("division_code", String.class),
				tuple.get("employer_name", String.class), tuple.get("coach_name", String.class),
				number(tuple, "line_manager_id").longValue(), tuple.get("line_manager_name", String.class),
				ApprenticeStatus.valueOf(tuple.get("status", String.class)), required(date(tuple, "start_date")),
				required(date(tuple, "planned_end_date")), date(tuple, "break_started_on"),
				date(tuple, "withdrawn_on"));
		Object counted = tuple.get("counted_otj_hours");
		Object waiting = tuple.get("evidence_waiting");
		return new Row(row, (BigDecimal) tuple.get("planned_otj_hours"),
				(counted != null) ? (BigDecimal) counted : BigDecimal.ZERO, date(tuple, "last_review_held"),
				date(tuple, "last_submitted"), date(tuple, "oldest_waiting_since"),
				(waiting != null) ? ((Number) waiting).longValue() : 0);
	}

	private static Number number(Tuple tuple, String column) {
		return (Number) tuple.get(column);
	}

	private static @Nullable LocalDate date(Tuple tuple, String column) {
		Object value = tuple.get(column);
		if (value instanceof Date date) {
			return date.toLocalDate();
		}
		return (LocalDate) value;
	}

	private static LocalDate required(@Nullable LocalDate date) {
		if (date == null) {
			throw new IllegalStateException("A required date is missing");
		}
		return date;
	}

	/**
	 * One page of rows, the number of rows in the whole list as searched and filtered,
	 * the number of each status in the whole list, and the evidence waiting for review
	 * across it.
	 */
	record Rows(List<Row> rows, long total, StatusCounts counts, long evidenceWaiting) {
	}

	/**
	 * A row of the list with the figures its risk is worked out from.
	 */
	record Row(ApprenticeRow apprentice, BigDecimal plannedOtjHours, BigDecimal countedOtjHours,
			@Nullable LocalDate lastReviewHeld, @Nullable LocalDate lastSubmitted,
			@Nullable LocalDate oldestWaitingSince, long evidenceWaiting) {
	}

	/**
	 * An apprentice of a coach's with a review due soon or overdue, or off-the-job
	 * entries waiting for approval.
	 */
	record Need(long id, String name, ApprenticeStatus status, @Nullable LocalDate reviewOverdueFrom,
			@Nullable LocalDate nextReviewScheduled, long otjAwaitingEntries, @Nullable LocalDate otjAwaitingEarliest) {
	}

}
