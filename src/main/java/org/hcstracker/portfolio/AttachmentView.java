package org.hcstracker.portfolio;

import org.hcstracker.files.FileTypes;

import java.time.Instant;

/**
 * A file attached to evidence, without its content.
 *
 * @param id the file
 * @param fileName its cleaned name
 * @param contentType the type its content showed
 * @param sizeBytes its size
 * @param sha256 its SHA-256, in hexadecimal
 * @param partCount how many parts hold its content
 * @param uploadedAt when it arrived
 */
record AttachmentView(long id, String fileName, String contentType, long sizeBytes, String sha256, int partCount,
		Instant uploadedAt) {

	/**
	 * Whether a browser may show it inline as a preview: JPEG and PNG photos.
	 * @return true for an image a browser displays
	 */
	public boolean isPreviewable() {
		return FileTypes.PREVIEWABLE.contains(this.contentType);
	}

	/**
	 * Its size in whole kilobytes, rounded up, for people.
	 * @return the kilobytes, at least 1
	 */
	public long sizeKilobytes() {
		return Math.max(1, (this.sizeBytes + 1023) / 1024);
	}

}
