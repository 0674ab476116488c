package org.hcstracker.shared;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * The programme's time zone. Users are in England, so "today" and every date shown or
 * entered are Europe/London dates.
 */
public final class UkTime {

	public static final ZoneId ZONE = ZoneId.of("Europe/London");

	private UkTime() {
	}

	public static LocalDate today(Clock clock) {
		return LocalDate.now(clock.withZone(ZONE));
	}

	/**
	 * The date in England at an instant.
	 * @param instant the instant
	 * @return its date in Europe/London
	 */
	public static LocalDate dateOf(java.time.Instant instant) {
		return instant.atZone(ZONE).toLocalDate();
	}

	/**
	 * The instant a day starts in England.
	 * @param date the date
	 * @return midnight at its start, in Europe/London
	 */
	public static java.time.Instant startOf(LocalDate date) {
		return date.atStartOfDay(ZONE).toInstant();
	}

}
