package org.hcstracker.notifications;

import java.util.List;

import org.hcstracker.people.AccountService;
import org.hcstracker.people.AccountView;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Gathers, once a day, the messages each person chose to receive as a daily digest into
 * one message to them, written to the outbox and sent like any other (with its retries
 * and Message-ID); the messages it gathered are marked sent once it is. Each person's
 * digest is written in a transaction of its own, and only messages not gathered yet are
 * gathered, so a second run the same day finds nothing to do.
 */
@Component
class DailyDigests {

	private final NotificationRepository notifications;

	private final Outbox outbox;

	private final AccountService accounts;

	private final TransactionTemplate transactions;

	DailyDigests(NotificationRepository notifications, Outbox outbox, AccountService accounts,
			PlatformTransactionManager transactionManager) {
		this.notifications = notifications;
		this.outbox = outbox;
		this.accounts = accounts;
		this.transactions = new TransactionTemplate(transactionManager);
	}

	/**
	 * Writes each person's digest of the messages held for it.
	 * @return how many digests were written
	 */
	int gather() {
		int written = 0;
		for (Long recipientId : this.notifications.findRecipientsWithHeld()) {
			Boolean done = this.transactions.execute((status) -> gatherFor(recipientId));
			if (Boolean.TRUE.equals(done)) {
				written++;
			}
		}
		return written;
	}

	private boolean gatherFor(long recipientId) {
		List<Notification> held = this.notifications.findHeld(recipientId);
		AccountView recipient = this.accounts.find(recipientId);
		if (held.isEmpty() || !recipient.enabled()) {
			return false;
		}
		Notification digest = this.outbox
			.write(new NotificationFacts(NotificationKind.DAILY_DIGEST, recipient, 0, "", 0, null, null, null, null));
		held.forEach((message) -> message.gatheredInto(digest));
		return true;
	}

}
