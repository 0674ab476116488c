package org.hcstracker.programme;

/**
 * A programme rule refused a change. The code is the message key that explains it to the
 * person, so a form can show it against the field it concerns.
 */
public class ProgrammeRuleException extends RuntimeException {

	private final String messageKey;

	ProgrammeRuleException(String messageKey) {
		super(messageKey);
		this.messageKey = messageKey;
	}

	public String getMessageKey() {
		return this.messageKey;
	}

}
