package org.hcstracker.calendar;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

import org.hcstracker.people.CurrentUser;
import org.hcstracker.shared.SecretToken;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Creating and revoking a person's calendar address, and finding whose address a token
 * is. The token is shown once, when it is created; only its SHA-256 hash is kept, so a
 * lost address is replaced, not shown again.
 */
@Service
class CalendarFeeds {

	private final CalendarFeedRepository feeds;

	private final Clock clock;

	CalendarFeeds(CalendarFeedRepository feeds, Clock clock) {
		this.feeds = feeds;
		this.clock = clock;
	}

	/**
	 * A new secret address for the person, in place of any earlier one, which stops
	 * working.
	 * @param person who subscribes
	 * @return the token, to be shown once
	 */
	@Transactional
	String create(CurrentUser person) {
		this.feeds.deleteByAccountId(person.accountId());
		String token = SecretToken.create();
		this.feeds.save(new CalendarFeed(person.accountId(), SecretToken.hash(token), this.clock.instant()));
		return token;
	}

	/**
	 * Revokes the person's address: calendars subscribed to it get nothing more.
	 * @param person whose address
	 */
	@Transactional
	void revoke(CurrentUser person) {
		this.feeds.deleteByAccountId(person.accountId());
	}

	/**
	 * When the person's address was created, if they have one.
	 * @param person who is looking
	 * @return when it was created
	 */
	@Transactional(readOnly = true)
	Optional<Instant> createdAt(CurrentUser person) {
		return this.feeds.findByAccountId(person.accountId()).map(CalendarFeed::getCreatedAt);
	}

	/**
	 * Whose address a token is.
	 * @param token the token in the address
	 * @return the account, if the token is a live one
	 */
	@Transactional(readOnly = true)
	Optional<Long> owner(String token) {
		return this.feeds.findByTokenHash(SecretToken.hash(token)).map(CalendarFeed::getAccountId);
	}

}
