package org.hcstracker.portfolio;

import org.hcstracker.shared.NotFoundException;

/**
 * No evidence with the given id, or none the caller may see.
 */
public class EvidenceNotFoundException extends NotFoundException {

	private EvidenceNotFoundException(String message) {
		super(message);
	}

	static EvidenceNotFoundException forId(long id) {
		return new EvidenceNotFoundException("No evidence " + id + " in scope");
	}

}
