package org.hcstracker.notifications;

import java.time.Instant;

import org.hcstracker.people.AccountView;
import org.jspecify.annotations.Nullable;

/**
 * What a message tells, as the change that causes it knows it.
 *
 * @param kind what it tells
 * @param recipient to whom
 * @param apprenticeId the apprentice it is about
 * @param apprenticeName their name
 * @param subjectId the review or evidence it is about
 * @param detail the evidence's title, if it is about evidence
 * @param startsAt when the review starts, if it is about a review scheduled
 * @param place where it is held, if a place was given
 * @param onlineLink the link to join it online, if given
 */
record NotificationFacts(NotificationKind kind, AccountView recipient, long apprenticeId, String apprenticeName,
		long subjectId, @Nullable String detail, @Nullable Instant startsAt, @Nullable String place,
		@Nullable String onlineLink) {

	NotificationFacts withKind(NotificationKind other) {
		return new NotificationFacts(other, this.recipient, this.apprenticeId, this.apprenticeName, this.subjectId,
				this.detail, this.startsAt, this.place, this.onlineLink);
	}

}
