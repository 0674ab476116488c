package org.hcstracker.gateway;

/**
 * A gateway rule refused a change; the message key explains it, with what it names.
 */
public class GatewayRuleException extends RuntimeException {

	private final String messageKey;

	private final Object[] arguments;

	GatewayRuleException(String messageKey, Object... arguments) {
		super(messageKey);
		this.messageKey = messageKey;
		this.arguments = arguments.clone();
	}

	public String getMessageKey() {
		return this.messageKey;
	}

	public Object[] getArguments() {
		return this.arguments.clone();
	}

}
