package org.hcstracker.epa;

/**
 * An end-point assessment rule refused a change; the message key explains it, with what
 * it names.
 */
public class EpaRuleException extends RuntimeException {

	private final String messageKey;

	private final Object[] arguments;

	EpaRuleException(String messageKey, Object... arguments) {
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
