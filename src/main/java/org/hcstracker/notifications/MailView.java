package org.hcstracker.notifications;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * What a message's templates show.
 *
 * @param kind what it tells
 * @param recipientName to whom, by name
 * @param apprenticeName the apprentice it is about
 * @param detail the evidence's title, if it is about evidence
 * @param date the review's date, written out, if it is about a review scheduled
 * @param time the review's time, if it is about a review scheduled
 * @param place where the review is held, if given
 * @param onlineLink the link to join it online, if given
 * @param link the page in the app it is about
 * @param signLink the one-time link to sign or decide without signing in, for a line
 * manager's request to sign a review or to decide gateway
 * @param items the lines of a message that lists several things (a digest, a weekly
 * summary), else none
 */
record MailView(NotificationKind kind, String recipientName, String apprenticeName, @Nullable String detail,
		@Nullable String date, @Nullable String time, @Nullable String place, @Nullable String onlineLink, String link,
		@Nullable String signLink, List<MailItem> items) {

	MailView {
		items = List.copyOf(items);
	}

	/**
	 * Whether it reminds of a request sent before.
	 * @return true for a reminder
	 */
	public boolean reminder() {
		return this.kind.reminder();
	}

	/**
	 * Whether it tells of evidence returned (rather than accepted).
	 * @return true for evidence returned
	 */
	public boolean returned() {
		return this.kind == NotificationKind.EVIDENCE_RETURNED;
	}

}
