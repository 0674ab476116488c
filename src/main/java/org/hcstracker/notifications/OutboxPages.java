package org.hcstracker.notifications;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.hcstracker.people.CurrentUser;
import org.hcstracker.people.Role;
import org.hcstracker.shared.NotFoundException;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the outbox's pages read: the administrator's view of every message by state, and
 * each person's own messages in the demo mailbox. Neither lists a message's body.
 */
@Service
class OutboxPages {

	static final int PAGE_SIZE = 25;

	/** The states the administrator's page has a tab for. */
	static final List<NotificationStatus> TABS = List.of(NotificationStatus.WAITING, NotificationStatus.SENT,
			NotificationStatus.FAILED, NotificationStatus.CANCELLED, NotificationStatus.HELD_FOR_DIGEST,
			NotificationStatus.NOT_EMAILED);

	private final NotificationRepository notifications;

	private final MailComposer composer;

	private final DemoMailbox mailbox;

	OutboxPages(NotificationRepository notifications, MailComposer composer, DemoMailbox mailbox) {
		this.notifications = notifications;
		this.composer = composer;
		this.mailbox = mailbox;
	}

	/**
	 * A page of the outbox's messages in one state, newest first.
	 * @param status the state
	 * @param recipient part of the recipient's name or address, or empty for everyone
	 * @param page the page, from 0
	 * @param admin the administrator
	 * @return the page
	 */
	@Transactional(readOnly = true)
	public Page<OutboxRow> outbox(NotificationStatus status, String recipient, int page, CurrentUser admin) {
		admin.requireRole(Role.ADMIN);
		String pattern = "%" + recipient.strip()
			.toLowerCase(java.util.Locale.ROOT)
			.replace("\\", "\\\\")
			.replace("%", "\\%")
			.replace("_", "\\_") + "%";
		return this.notifications.findInOutbox(status, pattern, PageRequest.of(Math.max(0, page), PAGE_SIZE))
			.map(this::row);
	}

	/**
	 * How many messages are in each state.
	 * @param admin the administrator
	 * @return the counts, by state
	 */
	@Transactional(readOnly = true)
	public Map<NotificationStatus, Long> counts(CurrentUser admin) {
		admin.requireRole(Role.ADMIN);
		Map<NotificationStatus, Long> counts = new EnumMap<>(NotificationStatus.class);
		TABS.forEach((status) -> counts.put(status, 0L));
		this.notifications.countByStatus().forEach((count) -> counts.put(count.status(), count.messages()));
		return counts;
	}

	/**
	 * A page of the person's own messages, waiting or sent, the latest due first, in the
	 * demo mailbox.
	 * @param page the page, from 0
	 * @param person the signed-in person
	 * @return the page
	 * @throws MailboxNotFoundException outside the demo, or for the administrator
	 */
	@Transactional(readOnly = true)
	public Page<OutboxRow> mailbox(int page, CurrentUser person) {
		requireMailbox(person);
		return this.notifications.findOwn(person.accountId(), PageRequest.of(Math.max(0, page), PAGE_SIZE))
			.map(this::row);
	}

	/**
	 * One of the person's own messages, as a mail client would show it (its one-time link
	 * included), in the demo mailbox.
	 * @param id the message
	 * @param person the signed-in person
	 * @return the message
	 * @throws MailboxNotFoundException outside the demo, for the administrator, or for
	 * someone else's message
	 */
	@Transactional
	public DemoMessage message(long id, CurrentUser person) {
		requireMailbox(person);
		Notification notification = this.notifications.findByIdAndRecipientId(id, person.accountId())
			.orElseThrow(MailboxNotFoundException::new);
		MailView view = this.composer.view(notification);
		return new DemoMessage(row(notification), this.composer.text(view), view.link(), view.signLink());
	}

	/**
	 * Whether the person has a demo mailbox, for the link on their home.
	 * @param person the signed-in person
	 * @return true in the embedded default's demo, for anyone but the administrator
	 */
	public boolean hasMailbox(CurrentUser person) {
		return this.mailbox.isOpenTo(person);
	}

	private void requireMailbox(CurrentUser person) {
		if (!this.mailbox.isOpenTo(person)) {
			throw new MailboxNotFoundException();
		}
	}

	private OutboxRow row(Notification notification) {
		return new OutboxRow(notification.requireId(), notification.getKind(), this.composer.subject(notification),
				notification.getRecipientName(), notification.getRecipientEmail(), notification.getStatus(),
				notification.getCreatedAt(), notification.getDueAt(), notification.getAttempts(),
				notification.getSentAt(), notification.getLastError());
	}

	/**
	 * A message in the demo mailbox.
	 *
	 * @param row its heading
	 * @param body its plain-text body, as sent
	 * @param link the page in the app it is about
	 * @param signLink its one-time link to sign, if it carries one
	 */
	public record DemoMessage(OutboxRow row, String body, String link, @Nullable String signLink) {
	}

	/** No demo mailbox here, or no such message in it. */
	static final class MailboxNotFoundException extends NotFoundException {

		private static final long serialVersionUID = 1L;

		MailboxNotFoundException() {
			super("No such message");
		}

	}

}
