package org.hcstracker.progress;

import org.hcstracker.shared.NotFoundException;

/**
 * No off-the-job entry with the given id, or none the caller may see.
 */
class OffTheJobEntryNotFoundException extends NotFoundException {

	private OffTheJobEntryNotFoundException(String message) {
		super(message);
	}

	static OffTheJobEntryNotFoundException forId(long id) {
		return new OffTheJobEntryNotFoundException("No off-the-job entry " + id + " in scope");
	}

}
