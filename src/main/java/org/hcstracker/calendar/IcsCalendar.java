package org.hcstracker.calendar;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;

import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.Method;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.Url;
import net.fortuna.ical4j.model.property.XProperty;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;
import org.hcstracker.shared.UkTime;
import org.jspecify.annotations.Nullable;

/**
 * A published iCalendar (RFC 5545) of events, written with ical4j as the review
 * invitations are: times in UTC, so that no time-zone component is needed; an event with
 * no time lasts the whole day.
 */
final class IcsCalendar {

	private final Calendar calendar = new Calendar();

	/**
	 * Opens a calendar.
	 * @param name the calendar's name, as a subscribing calendar shows it
	 */
	IcsCalendar(String name) {
		this.calendar.add(new ProdId("-//HCS Tracker//Calendar feed//EN"));
		this.calendar.add(ImmutableVersion.VERSION_2_0);
		this.calendar.add(ImmutableCalScale.GREGORIAN);
		this.calendar.add(new Method(Method.VALUE_PUBLISH));
		this.calendar.add(new XProperty("X-WR-CALNAME", name));
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
	 * @param url a link to it
	 */
	void event(String uid, LocalDate day, @Nullable Instant start, Duration length, String summary,
			@Nullable String location, @Nullable String description, String url) {
		VEvent event = (start != null) ? new VEvent(start, length, summary) : new VEvent(day, summary);
		event.add(new Uid(uid));
		if (location != null) {
			event.add(new Location(location));
		}
		if (description != null) {
			event.add(new Description(description));
		}
		event.add(new Url(URI.create(url)));
		this.calendar.add(event);
	}

	/**
	 * The instant a time on a day in England is.
	 * @param day the day
	 * @param time the time there
	 * @return the instant
	 */
	static Instant at(LocalDate day, LocalTime time) {
		return day.atTime(time).atZone(UkTime.ZONE).toInstant();
	}

	/**
	 * The calendar as iCalendar text.
	 * @return the document
	 */
	String text() {
		StringWriter out = new StringWriter();
		try {
			new CalendarOutputter(false).output(this.calendar, out);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return out.toString();
	}

}
