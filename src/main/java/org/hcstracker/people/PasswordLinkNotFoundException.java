package org.hcstracker.people;

import org.hcstracker.shared.NotFoundException;

/**
 * A link to set a password that does not exist, has been used, was replaced or has
 * expired.
 */
class PasswordLinkNotFoundException extends NotFoundException {

	PasswordLinkNotFoundException() {
		super("No usable password link");
	}

}
