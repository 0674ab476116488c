package org.hcstracker.notifications;

/**
 * Where a message in the outbox is.
 */
enum NotificationStatus {

	/** Not sent yet: due later, or to be tried again. */
	WAITING,

	/** Accepted by the mail server. */
	SENT,

	/** Refused every time it was tried; given up. */
	FAILED,

	/** No longer needed before it was sent (the person had already acted). */
	CANCELLED,

	/** Due, and held for the recipient's daily digest, as they chose. */
	HELD_FOR_DIGEST,

	/** Not emailed, as the recipient chose; listed in the app only. */
	NOT_EMAILED

}
