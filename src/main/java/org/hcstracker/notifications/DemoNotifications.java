package org.hcstracker.notifications;

import java.time.Clock;
import java.time.Duration;
import java.sql.Types;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.hcstracker.people.AccountService;
import org.hcstracker.people.AccountView;
import org.hcstracker.people.CurrentUser;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Gives the demo's messages the look of a programme under way, once its data is loaded:
 * the demo's changes all wrote their messages at start-up, so each person's are spread
 * back over the past days, the newest few left unread and the rest read and sent; the
 * people named receive every kind they may choose in a daily digest, and the messages of
 * digest kinds among each person's newest are gathered into one; each coach with an
 * apprentice at risk has this week's summary. Messages still to come (reminders) are left
 * as they are.
 */
@Component
public class DemoNotifications {

	/** How many of each person's newest messages stay unread. */
	static final int UNREAD = 4;

	private final JdbcClient jdbc;

	private final NotificationSettings settings;

	private final DailyDigests digests;

	private final WeeklySummaries summaries;

	private final AccountService accounts;

	private final Clock clock;

	DemoNotifications(JdbcClient jdbc, NotificationSettings settings, DailyDigests digests, WeeklySummaries summaries,
			AccountService accounts, Clock clock) {
		this.jdbc = jdbc;
		this.settings = settings;
		this.digests = digests;
		this.summaries = summaries;
		this.accounts = accounts;
		this.clock = clock;
	}

	/**
	 * Whether this was done already.
	 * @return true once a digest exists
	 */
	@Transactional(readOnly = true)
	public boolean isLoaded() {
		return this.jdbc.sql("select count(*) from notifications where kind = 'DAILY_DIGEST'")
			.query(Long.class)
			.single() > 0;
	}

	/**
	 * Spreads the demo's messages over the past days, gathers the digests and writes the
	 * weekly summaries.
	 * @param digestReaders the email addresses of the people who chose daily digests
	 */
	@Transactional
	public void load(List<String> digestReaders) {
		for (String email : digestReaders) {
			this.accounts.findByEmail(email).ifPresent(this::chooseDigests);
		}
		Instant now = this.clock.instant();
		List<Long> recipients = this.jdbc
			.sql("select distinct recipient_id from notifications where due_at <= :now and status = 'WAITING'")
			.param("now", utc(now), Types.TIMESTAMP_WITH_TIMEZONE)
			.query(Long.class)
			.list();
		for (long recipient : recipients) {
			spread(recipient, now);
		}
		this.digests.gather();
		this.summaries.write();
	}

	private void chooseDigests(AccountView person) {
		CurrentUser user = CurrentUser.of(person.id(), person.email(), person.name(), person.role(),
				person.organisationId());
		Map<NotificationKind, Delivery> choices = new EnumMap<>(NotificationKind.class);
		NotificationSettings.kindsFor(person.role())
			.stream()
			.filter((kind) -> !kind.required())
			.forEach((kind) -> choices.put(kind, Delivery.DAILY_DIGEST));
		this.settings.choose(choices, user);
	}

	/**
	 * The newest first: a few hours apart, the newest few unread (and, if of a kind the
	 * person receives in a digest, held for it), the others read and sent.
	 */
	private void spread(long recipient, Instant now) {
		List<Row> rows = this.jdbc.sql("""
				select id, kind from notifications
				where recipient_id = :recipient and due_at <= :now and status = 'WAITING'
				order by id desc""")
			.param("recipient", recipient)
			.param("now", utc(now), Types.TIMESTAMP_WITH_TIMEZONE)
			.query((rs, n) -> new Row(rs.getLong("id"), NotificationKind.valueOf(rs.getString("kind"))))
			.list();
		for (int i = 0; i < rows.size(); i++) {
			Row row = rows.get(i);
			Instant due = now.minus(Duration.ofMinutes(25)).minus(Duration.ofHours(5L * i));
			boolean unread = i < UNREAD;
			String status = unread ? (this.settings.deliveryOf(recipient, row.kind()) == Delivery.DAILY_DIGEST
					? "HELD_FOR_DIGEST" : "WAITING") : "SENT";
			this.jdbc.sql("""
					update notifications set due_at = :due, next_attempt_at = :due, created_at = :due, status = :status,
						sent_at = :sent, ended_at = :sent, read_at = :read, attempts = :attempts
					where id = :id""")
				.param("due", utc(due), Types.TIMESTAMP_WITH_TIMEZONE)
				.param("status", status)
				.param("sent", unread ? null : utc(due.plus(Duration.ofMinutes(1))), Types.TIMESTAMP_WITH_TIMEZONE)
				.param("read", unread ? null : utc(due.plus(Duration.ofHours(2))), Types.TIMESTAMP_WITH_TIMEZONE)
				.param("attempts", unread ? 0 : 1)
				.param("id", row.id())
				.update();
		}
	}

	private static OffsetDateTime utc(Instant instant) {
		return instant.atOffset(ZoneOffset.UTC);
	}

	private record Row(long id, NotificationKind kind) {
	}

}
