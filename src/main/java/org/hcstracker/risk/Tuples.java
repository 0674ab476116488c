package org.hcstracker.risk;

import java.sql.Date;
import java.time.LocalDate;

import jakarta.persistence.Tuple;
import org.jspecify.annotations.Nullable;

/**
 * Reading the columns of the read side's native queries: numbers as the driver returns
 * them, dates as SQL dates or local dates.
 */
final class Tuples {

	private Tuples() {
	}

	static Number number(Tuple tuple, String column) {
		return (Number) tuple.get(column);
	}

	/** A count or sum, zero when the column is null (a sum over no rows). */
	static long count(Tuple tuple, String column) {
		Object value = tuple.get(column);
		return (value instanceof Number number) ? number.longValue() : 0;
	}

	static @Nullable LocalDate date(Tuple tuple, String column) {
		Object value = tuple.get(column);
		if (value instanceof Date date) {
			return date.toLocalDate();
		}
		return (LocalDate) value;
	}

	static LocalDate required(@Nullable LocalDate date) {
		if (date == null) {
			throw new IllegalStateException("A required date is missing");
		}
		return date;
	}

	/** The coach's rating of the latest review held, kept in the summary, if any. */
	static RiskFacts.@Nullable CoachRating coachRating(Tuple tuple) {
		return RiskFacts.CoachRating.of(date(tuple, "last_review_held"), tuple.get("latest_review_rag", String.class),
				tuple.get("latest_review_reason", String.class));
	}

}
