package org.hcstracker.shared;

/**
 * Base of the typed "not found" exceptions. The web layer maps every subclass to a 404
 * page that shows no detail, so an object outside the caller's scope looks exactly like
 * one that does not exist.
 */
public abstract class NotFoundException extends RuntimeException {

	protected NotFoundException(String message) {
		super(message);
	}

}
