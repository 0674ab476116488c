package org.hcstracker.portfolio;

/**
 * A portfolio rule refused a change; the message key explains it, and the field (if any)
 * names the form field it concerns.
 */
public class EvidenceRuleException extends RuntimeException {

	private final String field;

	private final String messageKey;

	EvidenceRuleException(String field, String messageKey) {
		super(messageKey);
		this.field = field;
		this.messageKey = messageKey;
	}

	public String getField() {
		return this.field;
	}

	public String getMessageKey() {
		return this.messageKey;
	}

}
