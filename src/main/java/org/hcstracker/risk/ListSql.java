package org.hcstracker.risk;

import jakarta.persistence.Query;
import org.hcstracker.programme.ApprenticeListQuery;
import org.hcstracker.programme.ApprenticeSort;
import org.jspecify.annotations.Nullable;

/**
 * The parts of a list's SQL that follow what the person asked for: the status filter, the
 * search and the order, each with its parameters.
 */
final class ListSql {

	private ListSql() {
	}

	/**
	 * The number of flags raised today for an apprentice on programme (null for anyone
	 * else), from the days kept in their summary {@code s}.
	 * @param status the column holding the apprentice's status
	 */
	static String flags(String status) {
		return """
				case when %s = 'ON_PROGRAMME' then
					(case when s.coach_rated_from <= :today then 1 else 0 end)
					+ (case when s.review_overdue_from <= :today then 1 else 0 end)
					+ (case when s.otj_behind_from <= :today then 1 else 0 end)
					+ (case when s.evidence_waiting_from <= :today then 1 else 0 end)
					+ (case when s.no_evidence_from <= :today then 1 else 0 end)
					+ (case when s.past_end_from <= :today then 1 else 0 end)
				end""".formatted(status);
	}

	/**
	 * The number listed (searched and filtered), the counts of the whole scope by status
	 * and the evidence waiting, from the summaries {@code s} of the scope alone (joined
	 * to the apprentices {@code ap} only to search learner numbers).
	 */
	static String counts(String scope, @Nullable StatusFilter filter, ApprenticeListQuery query) {
		String search = search(query);
		return """
				select sum(case when r.matches = 1 and %s then 1 else 0 end) as total,
					sum(case when %s then 1 else 0 end) as red,
					sum(case when %s then 1 else 0 end) as amber,
					sum(case when %s then 1 else 0 end) as green,
					sum(case when %s then 1 else 0 end) as on_break,
					sum(case when %s then 1 else 0 end) as at_gateway,
					sum(case when %s then 1 else 0 end) as in_epa,
					sum(r.evidence_waiting) as evidence_waiting
				from (select s.status as status, %s as matches, s.evidence_waiting as evidence_waiting,
						%s as flags
					from apprentice_summaries s
						%s
					where %s) r
				""".formatted(filter(filter), filter(StatusFilter.RED), filter(StatusFilter.AMBER),
				filter(StatusFilter.GREEN), filter(StatusFilter.BREAK), filter(StatusFilter.GATEWAY),
				filter(StatusFilter.IN_EPA),
				search.isEmpty() ? "1" : "case when " + search.substring(" and ".length()) + " then 1 else 0 end",
				flags("s.status"),
				query.searchesLearnerNumbers() ? "join apprentices ap on ap.id = s.apprentice_id" : "", scope);
	}

	/**
	 * The condition on a row {@code r} (with its {@code status} and {@code flags}) of
	 * having a status: the same thresholds as {@link RiskPolicy#rag(int)}.
	 */
	static String filter(@Nullable StatusFilter filter) {
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
	static void bindIfNamed(Query target, String sql, String name, Object value) {
		if (sql.contains(":" + name)) {
			target.setParameter(name, value);
		}
	}

	/**
	 * Part of the name kept on the summary {@code s}, or the start of the learner number
	 * of the apprentice {@code ap}.
	 */
	static String search(ApprenticeListQuery query) {
		if (query.search().isEmpty()) {
			return "";
		}
		return query.searchesLearnerNumbers() ? " and ap.uln like :ulnPattern" : " and lower(s.name) like :namePattern";
	}

	static void searchParameter(Query target, ApprenticeListQuery query) {
		if (query.searchesLearnerNumbers()) {
			target.setParameter("ulnPattern", query.ulnPattern());
		}
		else if (!query.search().isEmpty()) {
			target.setParameter("namePattern", query.namePattern());
		}
	}

	static String sortColumn(ApprenticeSort sort) {
		return switch (sort) {
			case RISK, NAME -> "r.name";
			case ULN -> "r.uln";
			case START -> "r.start_date";
			case STATUS -> "r.status";
			case DIVISION -> "r.division_order";
			case EMPLOYER -> "r.employer_name";
		};
	}

}
