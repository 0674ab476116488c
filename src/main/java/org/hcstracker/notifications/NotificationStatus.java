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
	CANCELLED

}
