package org.hcstracker.progress;

/**
 * An off-the-job rule refused a change; the message key explains it and the field (if
 * any) names the form field it concerns.
 */
public class OffTheJobRuleException extends RuntimeException {

	private final String field;

	private final String messageKey;

	OffTheJobRuleException(String field, String messageKey) {
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
