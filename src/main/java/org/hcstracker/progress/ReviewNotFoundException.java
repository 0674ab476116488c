package org.hcstracker.progress;

import org.hcstracker.shared.NotFoundException;

/**
 * No progress review with the given id, or none the caller may see.
 */
class ReviewNotFoundException extends NotFoundException {

	private ReviewNotFoundException(String message) {
		super(message);
	}

	static ReviewNotFoundException forId(long id) {
		return new ReviewNotFoundException("No progress review " + id + " in scope");
	}

}
