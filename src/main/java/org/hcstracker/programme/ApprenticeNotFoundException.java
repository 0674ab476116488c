package org.hcstracker.programme;

import org.hcstracker.shared.NotFoundException;

/**
 * No apprentice with the given id, or none the caller may see.
 */
public class ApprenticeNotFoundException extends NotFoundException {

	private ApprenticeNotFoundException(String message) {
		super(message);
	}

	static ApprenticeNotFoundException forId(long id) {
		return new ApprenticeNotFoundException("No apprentice " + id + " in scope");
	}

}
