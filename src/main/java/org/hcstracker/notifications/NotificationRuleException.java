package org.hcstracker.notifications;

import org.hcstracker.shared.RuleException;

/**
 * A rule about notifications refused a change. The code is the message key that explains
 * it to the person.
 */
class NotificationRuleException extends RuleException {

	private static final long serialVersionUID = 1L;

	NotificationRuleException(String messageKey) {
		super(messageKey);
	}

}
