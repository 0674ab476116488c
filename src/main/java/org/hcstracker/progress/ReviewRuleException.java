package org.hcstracker.progress;

/**
 * A progress review rule refused a change; the message key explains it and the field (if
 * any) names the form field it concerns.
 */
public class ReviewRuleException extends RuntimeException {

	private final String field;

	private final String messageKey;

	ReviewRuleException(String field, String messageKey) {
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
