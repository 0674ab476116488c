package org.hcstracker.notifications;

import java.util.List;
import java.util.function.Function;

import org.springframework.stereotype.Component;

/**
 * The lines of a message that lists several things: the messages a daily digest gathered,
 * or the coach's apprentices at risk as they stand when the weekly summary is put
 * together.
 */
@Component
class MailItems {

	private final NotificationRepository notifications;

	private final WeeklySummaries summaries;

	private final NotificationProperties properties;

	MailItems(NotificationRepository notifications, WeeklySummaries summaries, NotificationProperties properties) {
		this.notifications = notifications;
		this.summaries = summaries;
		this.properties = properties;
	}

	/**
	 * The message's lines, if it lists several things.
	 * @param notification the message
	 * @param subject the subject line of a message
	 * @return its lines, or none
	 */
	List<MailItem> of(Notification notification, Function<Notification, String> subject) {
		return switch (notification.getKind()) {
			case DAILY_DIGEST -> this.notifications.findByDigestIdOrderByDueAtAscIdAsc(notification.requireId())
				.stream()
				.map((gathered) -> new MailItem(subject.apply(gathered),
						this.properties.baseUrl() + NotificationLinks.path(gathered)))
				.toList();
			case WEEKLY_SUMMARY -> this.summaries.items(notification.getRecipientId(), this.properties.baseUrl());
			default -> List.of();
		};
	}

}
