package org.hcstracker.calendar;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

import org.hcstracker.shared.UkTime;
import org.jspecify.annotations.Nullable;

/**
 * An iCalendar (RFC 5545) document written line by line: each text escaped, each line
 * folded at 75 octets and ended with CRLF, times in UTC so that no time-zone component is
 * needed.
 */
final class IcsCalendar {

	private static final DateTimeFormatter UTC = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'")
		.withZone(ZoneOffset.UTC);

	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyyMMdd");

	private final StringBuilder text = new StringBuilder();

	private final Instant stamp;

	/**
	 * Opens a calendar.
	 * @param name the calendar's name, as a subscribing calendar shows it
	 * @param stamp when it was written
	 */
	IcsCalendar(String name, Instant stamp) {
		this.stamp = stamp;
		line("BEGIN:VCALENDAR");
		line("VERSION:2.0");
		line("PRODID:-//HCS Tracker//Calendar feed//EN");
		line("CALSCALE:GREGORIAN");
		line("METHOD:PUBLISH");
		line("X-WR-CALNAME:" + escape(name));
		line("X-PUBLISHED-TTL:PT1H");
	}

	/**
	 * An event at a time, or over a whole day when it has none.
	 * @param uid the event's identity, the same each time the feed is read
	 * @param day its date
	 * @param start when it starts, or null for a whole day
	 * @param length how long it lasts, when it has a start
	 * @param summary its title
	 * @param location where, if known
	 * @param description more about it, if any
	 * @param url a link to it, if any
	 */
	void event(String uid, LocalDate day, @Nullable Instant start, Duration length, String summary,
			@Nullable String location, @Nullable String description, @Nullable String url) {
		line("BEGIN:VEVENT");
		line("UID:" + escape(uid));
		line("DTSTAMP:" + UTC.format(this.stamp));
		if (start != null) {
			line("DTSTART:" + UTC.format(start));
			line("DTEND:" + UTC.format(start.plus(length)));
		}
		else {
			line("DTSTART;VALUE=DATE:" + DAY.format(day));
			line("DTEND;VALUE=DATE:" + DAY.format(day.plusDays(1)));
		}
		line("SUMMARY:" + escape(summary));
		if (location != null) {
			line("LOCATION:" + escape(location));
		}
		if (description != null) {
			line("DESCRIPTION:" + escape(description));
		}
		if (url != null) {
			line("URL:" + url);
		}
		line("END:VEVENT");
	}

	/**
	 * The instant a time on a day in England is.
	 * @param day the day
	 * @param time the time there
	 * @return the instant
	 */
	static Instant at(LocalDate day, java.time.LocalTime time) {
		return day.atTime(time).atZone(UkTime.ZONE).toInstant();
	}

	/**
	 * Closes the calendar.
	 * @return the document
	 */
	String close() {
		line("END:VCALENDAR");
		return this.text.toString();
	}

	static String escape(String value) {
		return value.replace("\\", "\\\\")
			.replace(";", "\\;")
			.replace(",", "\\,")
			.replace("\r\n", "\\n")
			.replace("\n", "\\n")
			.replace("\r", "\\n");
	}

	/** Writes a content line, folded so that no line is longer than 75 octets. */
	private void line(String content) {
		int octets = 0;
		StringBuilder folded = new StringBuilder();
		for (int i = 0; i < content.length();) {
			int codePoint = content.codePointAt(i);
			String character = new String(Character.toChars(codePoint));
			int size = character.getBytes(StandardCharsets.UTF_8).length;
			if (octets + size > 75) {
				folded.append("\r\n ");
				octets = 1;
			}
			folded.append(character);
			octets += size;
			i += Character.charCount(codePoint);
		}
		this.text.append(folded).append("\r\n");
	}

}
