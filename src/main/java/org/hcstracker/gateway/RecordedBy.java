package org.hcstracker.gateway;

import java.time.Clock;
import java.time.Instant;

import org.hcstracker.people.CurrentUser;

/**
 * Who recorded a gateway item or decision, and when: kept beside it, by name as well, so
 * that the checklist reads without looking the person up.
 *
 * @param accountId their account
 * @param name their name at the time
 * @param at when
 */
record RecordedBy(long accountId, String name, Instant at) {

	static RecordedBy of(CurrentUser person, Clock clock) {
		return new RecordedBy(person.accountId(), person.name(), clock.instant());
	}

}
