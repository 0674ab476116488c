package org.hcstracker.people;

/**
 * A rule about people or organisations refused a change. The code is the message key that
 * explains it to the person, so a form can show it against the field it concerns.
 */
public class PeopleRuleException extends RuntimeException {

	private final String messageKey;

	PeopleRuleException(String messageKey) {
		super(messageKey);
		this.messageKey = messageKey;
	}

	public String getMessageKey() {
		return this.messageKey;
	}

}
