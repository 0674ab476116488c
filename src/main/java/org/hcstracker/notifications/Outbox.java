package org.hcstracker.notifications;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.EnumSet;
import java.util.Set;

import org.hcstracker.shared.UkTime;
import org.springframework.stereotype.Component;

/**
 * Writes messages to the outbox, in the transaction of the change they tell of, and ends
 * those no longer needed. Reminders are written with the change, due after the working
 * days configured, and ended if the person acts first.
 */
@Component
class Outbox {

	/** Reminders are due at the start of a working day, in England. */
	static final LocalTime REMINDER_TIME = LocalTime.of(9, 0);

	private static final Set<NotificationKind> SIGNATURE_KINDS = EnumSet.of(NotificationKind.REVIEW_TO_SIGN,
			NotificationKind.REVIEW_TO_SIGN_REMINDER);

	private static final Set<NotificationKind> GATEWAY_DECISION_KINDS = EnumSet.of(NotificationKind.GATEWAY_DECISION,
			NotificationKind.GATEWAY_DECISION_REMINDER);

	private final NotificationRepository notifications;

	private final NotificationProperties properties;

	private final Clock clock;

	Outbox(NotificationRepository notifications, NotificationProperties properties, Clock clock) {
		this.notifications = notifications;
		this.properties = properties;
		this.clock = clock;
	}

	/**
	 * Writes a message due now.
	 * @param facts what it tells, to whom
	 * @return the message written
	 */
	Notification write(NotificationFacts facts) {
		Instant now = this.clock.instant();
		return this.notifications.save(new Notification(facts, now, now, this.properties.mailDomain()));
	}

	/**
	 * Writes a request to sign, due now, and its reminders after the working days
	 * configured.
	 * @param facts what it tells, to whom
	 */
	void writeSignatureRequest(NotificationFacts facts) {
		writeRequest(facts, NotificationKind.REVIEW_TO_SIGN, NotificationKind.REVIEW_TO_SIGN_REMINDER);
	}

	/**
	 * Writes a request to decide gateway, due now, and its reminders after the working
	 * days configured, unless one is already waiting to be sent or reminded of.
	 * @param facts what it tells, to whom; its subject is the apprentice
	 */
	void writeGatewayDecisionRequest(NotificationFacts facts) {
		if (!this.notifications.existsWaiting(facts.subjectId(), facts.recipient().id(), GATEWAY_DECISION_KINDS)) {
			writeRequest(facts, NotificationKind.GATEWAY_DECISION, NotificationKind.GATEWAY_DECISION_REMINDER);
		}
	}

	/**
	 * Ends the waiting requests to decide gateway for an apprentice, and their reminders,
	 * for one person.
	 * @param apprenticeId the apprentice
	 * @param recipientId the line manager who decided (or need no longer)
	 */
	void endGatewayDecisionRequests(long apprenticeId, long recipientId) {
		this.notifications.cancelWaiting(apprenticeId, recipientId, GATEWAY_DECISION_KINDS, this.clock.instant());
	}

	private void writeRequest(NotificationFacts facts, NotificationKind request, NotificationKind reminder) {
		write(facts.withKind(request));
		Instant now = this.clock.instant();
		LocalDate today = UkTime.today(this.clock);
		for (int days : this.properties.reminderWorkingDays()) {
			Instant due = workingDaysAfter(today, days).atTime(REMINDER_TIME).atZone(UkTime.ZONE).toInstant();
			this.notifications.save(new Notification(facts.withKind(reminder), due, now, this.properties.mailDomain()));
		}
	}

	/**
	 * Ends the waiting requests to sign a review, and their reminders, for one person.
	 * @param reviewId the review
	 * @param recipientId the person who signed it (or need no longer)
	 */
	void endSignatureRequests(long reviewId, long recipientId) {
		this.notifications.cancelWaiting(reviewId, recipientId, SIGNATURE_KINDS, this.clock.instant());
	}

	/**
	 * The working day a number of working days after a date: Monday to Friday, less the
	 * bank holidays configured.
	 * @param from the date
	 * @param days how many working days after it
	 * @return that working day
	 */
	LocalDate workingDaysAfter(LocalDate from, int days) {
		LocalDate day = from;
		int counted = 0;
		while (counted < days) {
			day = day.plusDays(1);
			if (day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY
					&& !this.properties.bankHolidays().contains(day)) {
				counted++;
			}
		}
		return day;
	}

}
