package org.hcstracker.epa;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * The date of something that has happened, as the assessor or the admin records it (an
 * element assessed, a certificate requested or issued): given, and not after today in
 * England.
 *
 * @param value the date
 */
record PastDate(LocalDate value) {

	/**
	 * Checks a date as sent.
	 * @param typed the date sent, possibly missing
	 * @param today today in England
	 * @return the date
	 * @throws EpaRuleException if it is missing or after today
	 */
	static PastDate of(@Nullable LocalDate typed, LocalDate today) {
		if (typed == null) {
			throw new EpaRuleException("epa.date.required");
		}
		if (typed.isAfter(today)) {
			throw new EpaRuleException("epa.date.future");
		}
		return new PastDate(typed);
	}

}
