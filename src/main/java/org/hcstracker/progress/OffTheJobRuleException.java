package org.hcstracker.progress;

import org.hcstracker.shared.RuleException;

/**
 * An off-the-job rule refused a change; the message key explains it and the field (if
 * any) names the form field it concerns.
 */
class OffTheJobRuleException extends RuleException {

	private final String field;

	OffTheJobRuleException(String field, String messageKey, Object... arguments) {
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
