package org.hcstracker.progress;

import org.hcstracker.shared.RuleException;

/**
 * A progress review rule refused a change; the message key explains it and the field (if
 * any) names the form field it concerns.
 */
class ReviewRuleException extends RuleException {

	private final String field;

	ReviewRuleException(String field, String messageKey) {
		super(messageKey);
		this.field = field;
	}

	ReviewRuleException(String field, String messageKey, Object... arguments) {
		super(messageKey, arguments);
		this.field = field;
	}

	public String getField() {
		return this.field;
	}

	@Override
	protected String field() {
		return this.field;
	}

}
