package org.hcstracker.epa;

import org.hcstracker.shared.RuleException;

/**
 * An end-point assessment rule refused a change; the message key explains it, with what
 * it names.
 */
class EpaRuleException extends RuleException {

	EpaRuleException(String messageKey, Object... arguments) {
		super(messageKey, arguments);
	}

}
