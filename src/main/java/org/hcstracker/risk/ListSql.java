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
