package org.hcstracker.notifications;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.Instant;

import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.Attendee;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.Method;
import net.fortuna.ical4j.model.property.Organizer;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;
import org.jspecify.annotations.Nullable;

/**
 * The iCalendar invitation attached to a review scheduled: one event, an hour long, in
 * UTC, with the same UID for every message about that review so that a calendar moves the
 * event when the review is moved.
 */
final class Invitation {

	/** How long a review is shown for in a calendar. */
	static final Duration LENGTH = Duration.ofHours(1);

	private Invitation() {
	}

	/**
	 * The invitation, as iCalendar text.
	 * @param reviewId the review
	 * @param summary the event's title
	 * @param starts when it starts
	 * @param place where it is held, if given
	 * @param onlineLink the link to join it, if given
	 * @param organiser the sender's address
	 * @param attendee the recipient's address
	 * @param mailDomain the domain of the event's UID
	 * @return the calendar
	 */
	static String of(long reviewId, String summary, Instant starts, @Nullable String place, @Nullable String onlineLink,
			String organiser, String attendee, String mailDomain) {
		VEvent event = new VEvent(starts, LENGTH, summary);
		event.add(new Uid("progress-review-" + reviewId + "@" + mailDomain));
		event.add(new Organizer("mailto:" + organiser));
		event.add(new Attendee("mailto:" + attendee));
		if (place != null) {
			event.add(new Location(place));
		}
		if (onlineLink != null) {
			event.add(new Description(onlineLink));
		}
		Calendar calendar = new Calendar();
		calendar.add(new ProdId("-//HCS Tracker//Progress reviews//EN"));
		calendar.add(ImmutableVersion.VERSION_2_0);
		calendar.add(ImmutableCalScale.GREGORIAN);
		calendar.add(new Method(Method.VALUE_REQUEST));
		calendar.add(event);
		StringWriter out = new StringWriter();
		try {
			new CalendarOutputter(false).output(calendar, out);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return out.toString();
	}

}
