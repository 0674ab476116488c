package org.hcstracker.calendar;

import org.hcstracker.shared.NotFoundException;

/**
 * No live calendar address has the token asked for: never created, replaced or revoked,
 * or its person's account disabled.
 */
class CalendarFeedNotFoundException extends NotFoundException {

	CalendarFeedNotFoundException() {
		super("No calendar feed with that address");
	}

}
