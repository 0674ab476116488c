package org.hcstracker.people;

import org.hcstracker.shared.NotFoundException;

/**
 * No organisation with the given id.
 */
public class OrganisationNotFoundException extends NotFoundException {

	private OrganisationNotFoundException(String message) {
		super(message);
	}

	static OrganisationNotFoundException forId(long id) {
		return new OrganisationNotFoundException("No organisation " + id);
	}

}
