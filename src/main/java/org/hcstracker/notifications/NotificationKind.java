package org.hcstracker.notifications;

/**
 * What a message tells its recipient. Each kind has its subject
 * ({@code notification.subject.KIND}) and its templates ({@code mail/kind.html},
 * {@code mail/kind.txt}).
 */
enum NotificationKind {

	/** A progress review held waits for the recipient's signature. */
	REVIEW_TO_SIGN("review-to-sign"),

	/** A reminder, some working days later, that the review still waits for them. */
	REVIEW_TO_SIGN_REMINDER("review-to-sign"),

	/** A progress review was scheduled (an iCalendar invitation is attached). */
	REVIEW_SCHEDULED("review-scheduled"),

	/** The coach returned a piece of evidence with feedback. */
	EVIDENCE_RETURNED("evidence-decided"),

	/** The coach accepted a piece of evidence. */
	EVIDENCE_ACCEPTED("evidence-decided"),

	/** The coach queried an off-the-job entry. */
	HOURS_QUERIED("hours-queried");

	private final String template;

	NotificationKind(String template) {
		this.template = template;
	}

	/**
	 * The name of the kind's templates under {@code templates/mail/}.
	 * @return the template's name, without its extension
	 */
	String template() {
		return this.template;
	}

	/**
	 * Whether the message is about a review the recipient has to sign, and so no longer
	 * needed once they have signed it.
	 * @return true for a review to sign and its reminders
	 */
	boolean asksForSignature() {
		return this == REVIEW_TO_SIGN || this == REVIEW_TO_SIGN_REMINDER;
	}

}
