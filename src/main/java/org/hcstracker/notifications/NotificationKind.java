package org.hcstracker.notifications;

import java.util.EnumSet;
import java.util.Set;

import org.hcstracker.people.Role;

/**
 * What a message tells its recipient. Each kind has its subject
 * ({@code notification.subject.KIND}) and its templates ({@code mail/kind.html},
 * {@code mail/kind.txt}); it declares who may receive it, how they receive it unless they
 * choose otherwise, and whether the programme requires it, in which case it is emailed at
 * once and no one may choose otherwise.
 */
enum NotificationKind {

	/** A progress review held waits for the recipient's signature. */
	REVIEW_TO_SIGN("review-to-sign", Required.YES, Delivery.IMMEDIATE, Role.APPRENTICE, Role.EMPLOYER),

	/** A reminder, some working days later, that the review still waits for them. */
	REVIEW_TO_SIGN_REMINDER("review-to-sign", Required.YES, Delivery.IMMEDIATE, Role.APPRENTICE, Role.EMPLOYER),

	/** A progress review was scheduled (an iCalendar invitation is attached). */
	REVIEW_SCHEDULED("review-scheduled", Required.NO, Delivery.IMMEDIATE, Role.APPRENTICE, Role.EMPLOYER),

	/** The coach returned a piece of evidence with feedback. */
	EVIDENCE_RETURNED("evidence-decided", Required.NO, Delivery.IMMEDIATE, Role.APPRENTICE),

	/** The coach accepted a piece of evidence. */
	EVIDENCE_ACCEPTED("evidence-decided", Required.NO, Delivery.IMMEDIATE, Role.APPRENTICE),

	/** The coach queried an off-the-job entry. */
	HOURS_QUERIED("notice", Required.NO, Delivery.IMMEDIATE, Role.APPRENTICE),

	/** An apprentice submitted a piece of evidence for their coach's review. */
	EVIDENCE_SUBMITTED("notice", Required.NO, Delivery.DAILY_DIGEST, Role.COACH),

	/** An apprentice logged off-the-job hours for their coach's approval. */
	HOURS_LOGGED("notice", Required.NO, Delivery.DAILY_DIGEST, Role.COACH),

	/** Each week, the coach's apprentices with a red or amber status and why. */
	WEEKLY_SUMMARY("weekly-summary", Required.NO, Delivery.IMMEDIATE, Role.COACH),

	/**
	 * The day's messages a person chose to receive as a digest, in one email. Not listed
	 * in the app (its messages are, each on its own) nor chosen.
	 */
	DAILY_DIGEST("daily-digest", Required.YES, Delivery.IMMEDIATE),

	/** The apprentice is ready for gateway and waits for the line manager's decision. */
	GATEWAY_DECISION("gateway-decision", Required.YES, Delivery.IMMEDIATE, Role.EMPLOYER),

	/** A reminder, some working days later, that the gateway decision still waits. */
	GATEWAY_DECISION_REMINDER("gateway-decision", Required.YES, Delivery.IMMEDIATE, Role.EMPLOYER),

	/** The line manager approved gateway: the admin assigns an assessor. */
	GATEWAY_APPROVED("notice", Required.NO, Delivery.IMMEDIATE, Role.ADMIN),

	/** The assessor requested the certificate: the admin records its issue. */
	CERTIFICATE_TO_RECORD("notice", Required.NO, Delivery.IMMEDIATE, Role.ADMIN),

	/** The admin assigned the recipient, an assessor, to the apprentice. */
	ASSESSOR_ASSIGNED("notice", Required.NO, Delivery.IMMEDIATE, Role.ASSESSOR),

	/** The assessor confirmed the apprentice's overall grade. */
	GRADE_CONFIRMED("notice", Required.NO, Delivery.IMMEDIATE, Role.APPRENTICE, Role.COACH, Role.EMPLOYER),

	/** The admin recorded the issue of the apprentice's certificate. */
	CERTIFICATE_ISSUED("notice", Required.NO, Delivery.IMMEDIATE, Role.APPRENTICE, Role.COACH, Role.EMPLOYER),

	/** The other party wrote in the conversation on a piece of evidence. */
	EVIDENCE_MESSAGE("notice", Required.NO, Delivery.IMMEDIATE, Role.APPRENTICE, Role.COACH);

	private final String template;

	private final boolean required;

	private final Delivery byDefault;

	private final Set<Role> recipients;

	/**
	 * A kind anyone but the administrator may receive, emailed at once unless they choose
	 * otherwise.
	 * @param template the name of its templates
	 */
	NotificationKind(String template) {
		this(template, Required.NO, Delivery.IMMEDIATE, Role.APPRENTICE, Role.COACH, Role.EMPLOYER, Role.ASSESSOR);
	}

	NotificationKind(String template, Required required, Delivery byDefault, Role... recipients) {
		this.template = template;
		this.required = required == Required.YES;
		this.byDefault = required == Required.YES ? Delivery.IMMEDIATE : byDefault;
		this.recipients = (recipients.length == 0) ? EnumSet.noneOf(Role.class) : EnumSet.of(recipients[0], recipients);
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

	/**
	 * Whether the programme requires it: emailed at once, never held back by a choice.
	 * @return true if no one may choose how to receive it
	 */
	boolean required() {
		return this.required;
	}

	/**
	 * How it is received by someone who has not chosen.
	 * @return the default delivery
	 */
	Delivery byDefault() {
		return this.byDefault;
	}

	/**
	 * Whether a person in the role may receive it, and so sees it in their settings.
	 * @param role the person's role
	 * @return true if it may be sent to them
	 */
	boolean receivedBy(Role role) {
		return this.recipients.contains(role);
	}

	/**
	 * Whether it is listed among a person's notifications in the app; a digest is not, as
	 * each message it gathers is.
	 * @return true for every kind but the digest
	 */
	boolean listed() {
		return this != DAILY_DIGEST;
	}

	/** Whether the programme requires a kind, as its declaration reads. */
	enum Required {

		YES, NO

	}

}
