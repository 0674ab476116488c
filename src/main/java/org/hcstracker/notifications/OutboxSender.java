package org.hcstracker.notifications;

import java.time.Clock;
import java.util.List;

import jakarta.mail.internet.MimeMessage;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.data.domain.Limit;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Sends the messages that are due, each in turn: put together, handed to the mail server,
 * and marked sent only once the server has accepted it (so a message is sent at least
 * once, and a retry after an unclear failure carries the same Message-ID). A refused
 * attempt is tried again after a wait that grows, and given up after the last. With no
 * mail server configured ({@code spring.mail.host} unset) nothing is sent and the
 * messages stay in the outbox. A message its recipient chose not to receive by email is
 * marked so (it stays in their list in the app), and one they chose to receive in a daily
 * digest is held for it.
 */
@Component
class OutboxSender {

	private static final Logger log = LoggerFactory.getLogger(OutboxSender.class);

	private final NotificationRepository notifications;

	private final ObjectProvider<JavaMailSender> mail;

	private final MailComposer composer;

	private final NotificationProperties properties;

	private final TransactionTemplate transactions;

	private final Clock clock;

	OutboxSender(NotificationRepository notifications, ObjectProvider<JavaMailSender> mail, MailComposer composer,
			NotificationProperties properties, PlatformTransactionManager transactionManager, Clock clock) {
		this.notifications = notifications;
		this.mail = mail;
		this.composer = composer;
		this.properties = properties;
		this.transactions = new TransactionTemplate(transactionManager);
		this.clock = clock;
	}

	/**
	 * Sends every message due now, up to the batch size.
	 * @return how many the mail server accepted
	 */
	int sendDue() {
		JavaMailSender sender = this.mail.getIfAvailable();
		if (sender == null) {
			return 0;
		}
		List<Long> due = this.notifications.findDueIds(this.clock.instant(), Limit.of(this.properties.batchSize()));
		int sent = 0;
		for (Long id : due) {
			Notification notification = this.notifications.findById(id).orElse(null);
			if (notification == null || notification.getStatus() != NotificationStatus.WAITING) {
				continue;
			}
			Delivery delivery = this.composer.deliveryOf(notification);
			if (delivery != Delivery.IMMEDIATE) {
				update(id, (row) -> {
					if (delivery == Delivery.OFF) {
						row.notEmailed(this.clock.instant());
					}
					else {
						row.holdForDigest();
					}
				});
				continue;
			}
			try {
				MimeMessage message = this.composer.compose(notification);
				sender.send(message);
			}
			catch (Exception ex) {
				log.warn("Message {} not sent: {}", notification.getMessageId(), ex.toString());
				update(id, (row) -> row.failed(describe(ex), this.clock.instant(), this.properties.firstRetryWait(),
						this.properties.longestRetryWait(), this.properties.maxAttempts()));
				continue;
			}
			update(id, (row) -> {
				row.sent(this.clock.instant());
				if (row.getKind() == NotificationKind.DAILY_DIGEST) {
					this.notifications.sentInDigest(id, this.clock.instant());
				}
			});
			sent++;
		}
		return sent;
	}

	private void update(long id, java.util.function.Consumer<Notification> change) {
		this.transactions.executeWithoutResult((status) -> this.notifications.findById(id).ifPresent(change));
	}

	private static String describe(Exception ex) {
		@Nullable String message = ex.getMessage();
		return ex.getClass().getSimpleName() + ((message != null) ? ": " + message : "");
	}

}
