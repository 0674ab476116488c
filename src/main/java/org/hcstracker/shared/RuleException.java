package org.hcstracker.shared;

/**
 * A rule of the programme refused a change, and nothing was changed. The message key
 * explains it to the person, with what it names (such as a file's name). Each module has
 * its own kind, so that its pages catch only their own refusals.
 */
public abstract class RuleException extends RuntimeException {

	private final String messageKey;

	private final Object[] arguments;

	protected RuleException(String messageKey, Object... arguments) {
		super(messageKey);
		this.messageKey = messageKey;
		this.arguments = arguments.clone();
	}

	public String getMessageKey() {
		return this.messageKey;
	}

	/**
	 * What the message names.
	 * @return the message's arguments, possibly none
	 */
	public Object[] getArguments() {
		return this.arguments.clone();
	}

}
