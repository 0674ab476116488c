package org.hcstracker.files;

/**
 * A file did not pass a check, or did not arrive whole; nothing of it was stored. The
 * message key explains why, and its arguments name the file.
 */
public class FileRefusedException extends RuntimeException {

	private final String messageKey;

	private final Object[] arguments;

	FileRefusedException(String messageKey, Object... arguments) {
		super(messageKey);
		this.messageKey = messageKey;
		this.arguments = arguments.clone();
	}

	public String getMessageKey() {
		return this.messageKey;
	}

	public Object[] getArguments() {
		return this.arguments.clone();
	}

}
