package org.hcstracker.people;

import org.hcstracker.shared.RuleException;

/**
 * A rule about people or organisations refused a change. The code is the message key that
 * explains it to the person, so a form can show it against the field it concerns.
 */
public class PeopleRuleException extends RuleException {

	PeopleRuleException(String messageKey) {
		super(messageKey);
	}

}
