package org.hcstracker.programme;

import org.hcstracker.shared.NotFoundException;

/**
 * No standard version with the given id.
 */
class StandardVersionNotFoundException extends NotFoundException {

	private StandardVersionNotFoundException(String message) {
		super(message);
	}

	static StandardVersionNotFoundException forId(long id) {
		return new StandardVersionNotFoundException("No standard version " + id);
	}

}
