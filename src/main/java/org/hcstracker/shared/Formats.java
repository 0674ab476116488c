package org.hcstracker.shared;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.temporal.ChronoField;
import java.time.temporal.TemporalAccessor;
import java.util.HashMap;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * The one way the application writes dates, times, months and hours, on every page and in
 * chart data: dates as "1 Dec 2026", moments as "1 Dec 2026, 14:05" in England's time
 * (Europe/London, summer time included), months as "Oct 2025" and hours as "7.5 h". The
 * month names are fixed three-letter English abbreviations, whatever the reader's browser
 * asks for. Templates reach it as the bean {@code @fmt}; Java code calls its static
 * methods. A missing value reads as an empty text.
 */
public final class Formats {

	private static final Map<Long, String> MONTHS = months();

	private static final DateTimeFormatter DATE = new DateTimeFormatterBuilder().appendValue(ChronoField.DAY_OF_MONTH)
		.appendLiteral(' ')
		.appendText(ChronoField.MONTH_OF_YEAR, MONTHS)
		.appendLiteral(' ')
		.appendValue(ChronoField.YEAR, 4, 10, java.time.format.SignStyle.EXCEEDS_PAD)
		.toFormatter();

	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

	private static final DateTimeFormatter MONTH = new DateTimeFormatterBuilder()
		.appendText(ChronoField.MONTH_OF_YEAR, MONTHS)
		.appendLiteral(' ')
		.appendValue(ChronoField.YEAR, 4, 10, java.time.format.SignStyle.EXCEEDS_PAD)
		.toFormatter();

	/**
	 * A date, for example "1 Dec 2026".
	 * @param date the date
	 * @return it in words, or an empty text for none
	 */
	public static String date(@Nullable LocalDate date) {
		return (date != null) ? DATE.format(date) : "";
	}

	/**
	 * The date in England at an instant, for example "1 Dec 2026".
	 * @param instant the instant
	 * @return its Europe/London date, or an empty text for none
	 */
	public static String dateOf(@Nullable Instant instant) {
		return (instant != null) ? DATE.format(instant.atZone(UkTime.ZONE)) : "";
	}

	/**
	 * An instant as a date and time in England, for example "1 Dec 2026, 14:05".
	 * @param instant the instant
	 * @return its Europe/London date and time, or an empty text for none
	 */
	public static String dateTime(@Nullable Instant instant) {
		if (instant == null) {
			return "";
		}
		TemporalAccessor london = instant.atZone(UkTime.ZONE);
		return DATE.format(london) + ", " + TIME.format(london);
	}

	/**
	 * A month, for example "Oct 2025".
	 * @param month the month
	 * @return it in words, or an empty text for none
	 */
	public static String month(@Nullable YearMonth month) {
		return (month != null) ? MONTH.format(month) : "";
	}

	/**
	 * Hours, for example "7.5 h" or "8 h": at most two decimals (rounded half up), no
	 * trailing zeros.
	 * @param hours the hours
	 * @return them with their unit, or an empty text for none
	 */
	public static String hours(@Nullable BigDecimal hours) {
		return (hours != null) ? number(hours) + " h" : "";
	}

	/**
	 * A number of hours without the unit, for example "7.5" or "8", for charts and
	 * sentences that name the unit themselves.
	 * @param hours the hours
	 * @return the number, or an empty text for none
	 */
	public static String number(@Nullable BigDecimal hours) {
		if (hours == null) {
			return "";
		}
		BigDecimal rounded = hours.setScale(2, RoundingMode.HALF_UP).stripTrailingZeros();
		return (rounded.scale() < 0) ? rounded.setScale(0).toPlainString() : rounded.toPlainString();
	}

	private static Map<Long, String> months() {
		String[] names = { "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec" };
		Map<Long, String> months = new HashMap<>();
		for (int i = 0; i < names.length; i++) {
			months.put((long) i + 1, names[i]);
		}
		return months;
	}

}
