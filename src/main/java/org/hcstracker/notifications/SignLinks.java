package org.hcstracker.notifications;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * One-time links to sign a review from the email.
 */
@Component
class SignLinks {

	/**
	 * A new link for the message, if it carries one.
	 * @param notification the message
	 * @return the link, or null if the message carries none
	 */
	@Nullable String forMessage(Notification notification) {
		return null;
	}

}
