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
	HOURS_QUERIED("hours-queried"),

	/** The apprentice is ready for gateway and waits for the line manager's decision. */
	GATEWAY_DECISION("gateway-decision"),

	/** A reminder, some working days later, that the gateway decision still waits. */
	GATEWAY_DECISION_REMINDER("gateway-decision"),

	/** The line manager approved gateway: the admin assigns an assessor. */
	GATEWAY_APPROVED("gateway-approved"),

	/** The assessor requested the certificate: the admin records its issue. */
	CERTIFICATE_TO_RECORD("certificate-to-record"),

	/** The admin assigned the recipient, an assessor, to the apprentice. */
	ASSESSOR_ASSIGNED("assessor-assigned"),

	/** The assessor confirmed the apprentice's overall grade. */
	GRADE_CONFIRMED("grade-confirmed"),

	/** The admin recorded the issue of the apprentice's certificate. */
	CERTIFICATE_ISSUED("certificate-issued"),

	/** The other party wrote in the conversation on a piece of evidence. */
	EVIDENCE_MESSAGE("evidence-message");

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

	/**
	 * Whether the message is about a gateway decision the recipient has to take, and so
	 * no longer needed once it is taken.
	 * @return true for a gateway decision waiting and its reminders
	 */
	boolean asksForGatewayDecision() {
		return this == GATEWAY_DECISION || this == GATEWAY_DECISION_REMINDER;
	}

	/**
	 * Whether the message reminds of a request sent before.
	 * @return true for a reminder
	 */
	boolean reminder() {
		return this == REVIEW_TO_SIGN_REMINDER || this == GATEWAY_DECISION_REMINDER;
	}

}
