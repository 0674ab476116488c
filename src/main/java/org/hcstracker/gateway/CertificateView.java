package org.hcstracker.gateway;

import java.time.Instant;

/**
 * An uploaded certificate, without its content.
 *
 * @param id the certificate
 * @param apprenticeId whose it is
 * @param item the qualification it proves
 * @param fileName its cleaned name
 * @param contentType the type its content showed
 * @param sizeBytes its size
 * @param partCount how many parts its content takes
 * @param uploadedAt when it was uploaded
 */
record CertificateView(long id, long apprenticeId, GatewayItem item, String fileName, String contentType,
		long sizeBytes, int partCount, Instant uploadedAt) {

	/**
	 * Its size in whole kilobytes, at least one.
	 * @return the size in KB
	 */
	public long kilobytes() {
		return Math.max(1, (this.sizeBytes + 1023) / 1024);
	}

}
