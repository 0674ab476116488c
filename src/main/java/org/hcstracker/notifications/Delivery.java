package org.hcstracker.notifications;

/**
 * How a person receives the messages of one kind by email. Whatever they choose, each
 * message stays in their list of notifications in the app.
 */
enum Delivery {

	/** Emailed as soon as it is due. */
	IMMEDIATE,

	/** Gathered with the day's others into one email, sent at the time configured. */
	DAILY_DIGEST,

	/** Not emailed; listed in the app only. */
	OFF

}
