package org.hcstracker.portfolio;

import java.time.Instant;

import org.hcstracker.files.FileKind;

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
	 * How the page shows it: a photo, a player for sound or video, a link to open a PDF
	 * in the browser's viewer, or only its download link.
	 * @return its kind
	 */
	public FileKind kind() {
		return FileKind.of(this.contentType);
	}

	/**
	 * Whether it is sent to be shown in the browser (inline) from its view address, as
	 * well as downloaded.
	 * @return true for photos, sound, video and PDFs
	 */
	public boolean isPreviewable() {
		return kind().isShownInline();
	}

	/**
	 * Its size in whole kilobytes, rounded up, for people.
	 * @return the kilobytes, at least 1
	 */
	public long sizeKilobytes() {
		return Math.max(1, (this.sizeBytes + 1023) / 1024);
	}

}
