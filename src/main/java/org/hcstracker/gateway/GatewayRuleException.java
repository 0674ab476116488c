package org.hcstracker.gateway;

import org.hcstracker.shared.RuleException;

/**
 * A gateway rule refused a change; the message key explains it, with what it names.
 */
public class GatewayRuleException extends RuleException {

	GatewayRuleException(String messageKey, Object... arguments) {
		super(messageKey, arguments);
	}

}
