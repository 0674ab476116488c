package org.hcstracker.notifications;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import org.hcstracker.people.CurrentUser;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Each person's notifications in the app: their own messages that are due (a reminder
 * still to come is not listed) and still needed, the latest first, whatever they chose
 * for email. Opening the list marks the messages it shows read; the count of those unread
 * is in every page's header.
 */
@Service
class NotificationInbox {

	static final int PAGE_SIZE = 25;

	private final NotificationRepository notifications;

	private final MailComposer composer;

	private final Clock clock;

	NotificationInbox(NotificationRepository notifications, MailComposer composer, Clock clock) {
		this.notifications = notifications;
		this.composer = composer;
		this.clock = clock;
	}

	/**
	 * A page of the person's notifications, each marked whether it was new, and now read;
	 * a page past the last is empty, with the number of pages.
	 * @param page the page, from 0
	 * @param person the signed-in person
	 * @return the page
	 * @throws NotificationSettings.SettingsNotFoundException for a person who is sent
	 * nothing
	 */
	@Transactional
	public Page<NotificationRow> open(int page, CurrentUser person) {
		requireNotifications(person);
		Instant now = this.clock.instant();
		Page<NotificationRow> rows = this.notifications
			.findListed(person.accountId(), now,
					PageRequest.of(Math.min(Math.max(0, page), Integer.MAX_VALUE / PAGE_SIZE), PAGE_SIZE))
			.map(this::row);
		List<Long> unread = rows.stream().filter(NotificationRow::unread).map(NotificationRow::id).toList();
		if (!unread.isEmpty()) {
			this.notifications.markRead(unread, person.accountId(), now);
		}
		return rows;
	}

	/**
	 * How many of the person's notifications they have not read: one indexed statement.
	 * @param person the signed-in person
	 * @return the count; none for a person who is sent nothing, without a statement
	 */
	@Transactional(readOnly = true)
	public long unread(CurrentUser person) {
		if (!NotificationSettings.hasNotifications(person)) {
			return 0;
		}
		return this.notifications.countUnread(person.accountId(), this.clock.instant());
	}

	private static void requireNotifications(CurrentUser person) {
		if (!NotificationSettings.hasNotifications(person)) {
			throw new NotificationSettings.SettingsNotFoundException();
		}
	}

	private NotificationRow row(Notification notification) {
		return new NotificationRow(notification.requireId(), notification.getKind(),
				this.composer.subject(notification), notification.getDueAt(), NotificationLinks.path(notification),
				notification.getReadAt() == null);
	}

}
