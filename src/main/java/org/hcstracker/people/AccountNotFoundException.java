package org.hcstracker.people;

import org.hcstracker.shared.NotFoundException;

/**
 * No account with the given id, or none the caller may see.
 */
public class AccountNotFoundException extends NotFoundException {

	private AccountNotFoundException(String message) {
		super(message);
	}

	static AccountNotFoundException forId(long id) {
		return new AccountNotFoundException("No account " + id);
	}

}
