package org.hcstracker.portfolio;

import org.hcstracker.shared.RuleException;

/**
 * A portfolio rule refused a change; the message key explains it, and the field (if any)
 * names the form field it concerns.
 */
class EvidenceRuleException extends RuleException {

	private final String field;

	EvidenceRuleException(String field, String messageKey, Object... arguments) {
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
