package org.hcstracker.files;

import org.hcstracker.shared.RuleException;

/**
 * A file did not pass a check, or did not arrive whole; nothing of it was stored. The
 * message key explains why, and its arguments name the file.
 */
public class FileRefusedException extends RuleException {

	FileRefusedException(String messageKey, Object... arguments) {
		super(messageKey, arguments);
	}

}
