package org.hcstracker.gateway;

import org.hcstracker.shared.NotFoundException;

/**
 * No certificate with the given id, or none the caller may see.
 */
class CertificateNotFoundException extends NotFoundException {

	CertificateNotFoundException(long id) {
		super("No gateway certificate " + id + " in scope");
	}

}
