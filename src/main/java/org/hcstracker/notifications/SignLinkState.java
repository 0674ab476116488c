package org.hcstracker.notifications;

/**
 * Where a one-time link to sign is, as the page that opens it says.
 */
enum SignLinkState {

	/** It may be used. */
	USABLE,

	/** It has been used. */
	USED,

	/** It is past its time. */
	EXPIRED,

	/** No such link. */
	UNKNOWN,

	/** It was sent to someone other than the person signed in. */
	FOREIGN

}
