package org.hcstracker.notifications;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Runs the sender every so often ({@code hcs.notifications.send-every}, a minute by
 * default), on one application node at a time, when a mail server is configured.
 */
@Component
@ConditionalOnProperty("spring.mail.host")
class SendingSchedule {

	private final OutboxSender sender;

	SendingSchedule(OutboxSender sender) {
		this.sender = sender;
	}

	@Scheduled(fixedDelayString = "${hcs.notifications.send-every:PT1M}",
			initialDelayString = "${hcs.notifications.send-every:PT1M}")
	@SchedulerLock(name = "notification-sender", lockAtMostFor = "PT10M")
	public void send() {
		this.sender.sendDue();
	}

}
