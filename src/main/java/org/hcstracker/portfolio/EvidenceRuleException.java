package org.hcstracker.portfolio;

/**
 * A portfolio rule refused a change; the message key explains it, and the field (if any)
 * names the form field it concerns.
 */
public class EvidenceRuleException extends RuntimeException {

	private final String field;

	private final String messageKey;

	private final Object[] arguments;

	EvidenceRuleException(String field, String messageKey, Object... arguments) {
		super(messageKey);
		this.field = field;
		this.messageKey = messageKey;
		this.arguments = arguments.clone();
	}

	/**
	 * What the message names, such as a file's name.
	 * @return the message's arguments, possibly none
	 */
	public Object[] getArguments() {
		return this.arguments.clone();
	}

	public String getField() {
		return this.field;
	}

	public String getMessageKey() {
		return this.messageKey;
	}

}
