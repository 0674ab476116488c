package org.hcstracker.programme;

import org.hcstracker.shared.RuleException;

/**
 * A programme rule refused a change. The code is the message key that explains it to the
 * person, so a form can show it against the field it concerns.
 */
public class ProgrammeRuleException extends RuleException {

	ProgrammeRuleException(String messageKey) {
		super(messageKey);
	}

}
