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
	 * The number of flags raised today of an apprentice on programme ({@code ap}) from
	 * their summary ({@code s}); null for anyone else.
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
				s.oldest_waiting_since as oldest_waiting_since,
				""" + FLAGS + """
				as flags
			from apprentices ap
				join accounts person on person.id = ap.account_id
				join divisions d on d.id = ap.division_id
				join organisations employer on employer.id = ap.employer_id
				left join apprentice_summaries s on s.apprentice_id = ap.id
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
	 * A page of a coach's caseload: two statements.
	 */
	Rows caseload(long coachId, ApprenticeListQuery query, LocalDate today) {
		return page("ap.coach_id = :scopeId", coachId, "", query, today, null);
	}

	/**
	 * A page of an organisation's apprentices, a line manager's own first among equals
	 * when ordered by risk: two statements.
	 */
	Rows employed(long employerId, long lineManagerId, ApprenticeListQuery query, LocalDate today) {
		return page("ap.employer_id = :scopeId", employerId,
				"case when r.line_manager_id = :lineManagerId then 0 else 1 end, ", query, today, lineManagerId);
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

	private Rows page(String scope, long scopeId, String ownFirst, ApprenticeListQuery query, LocalDate today,
			@Nullable Long lineManagerId) {
		String order = (query.sort() == ApprenticeSort.RISK) ? RANK + ", " + ownFirst + "r.name"
				: sortColumn(query.sort());
		String search = search(query);
		Query rows = this.entityManager
			.createNativeQuery("select r.*, coach.name as coach_name, line_manager.name as line_manager_name from ("
					+ "select * from (" + ROWS + " where " + scope + search + ") r order by " + order
					+ ", r.id limit :limit offset :offset) r join accounts coach on coach.id = r.coach_id"
					+ " join accounts line_manager on line_manager.id = r.line_manager_id order by " + order + ", r.id",
					Tuple.class)
			.setParameter("today", today)
			.setParameter("scopeId", scopeId)
			.setParameter("limit", ApprenticeListQuery.PAGE_SIZE)
			.setParameter("offset", (long) query.page() * ApprenticeListQuery.PAGE_SIZE);
		if (query.sort() == ApprenticeSort.RISK) {
			rows.setParameter("redFrom", this.properties.redFrom())
				.setParameter("amberFrom", this.properties.amberFrom());
			if (lineManagerId != null) {
				rows.setParameter("lineManagerId", lineManagerId);
			}
		}
		Query count = this.entityManager
			.createNativeQuery("select count(*) from apprentices ap join accounts person on person.id = ap.account_id"
					+ " where " + scope + search)
			.setParameter("scopeId", scopeId);
		searchParameter(rows, query);
		searchParameter(count, query);
		Number total = (Number) count.getSingleResult();
		@SuppressWarnings("unchecked")
		List<Tuple> tuples = rows.getResultList();
		return new Rows(tuples.stream().map(RiskLists::row).toList(), total.longValue());
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
		return new Row(row, (BigDecimal) tuple.get("planned_otj_hours"),
				(counted != null) ? (BigDecimal) counted : BigDecimal.ZERO, date(tuple, "last_review_held"),
				date(tuple, "last_submitted"), date(tuple, "oldest_waiting_since"));
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
	 * One page of rows and the number of rows in the whole list.
	 */
	record Rows(List<Row> rows, long total) {
	}

	/**
	 * A row of the list with the figures its risk is worked out from.
	 */
	record Row(ApprenticeRow apprentice, BigDecimal plannedOtjHours, BigDecimal countedOtjHours,
			@Nullable LocalDate lastReviewHeld, @Nullable LocalDate lastSubmitted,
			@Nullable LocalDate oldestWaitingSince) {
	}

}
