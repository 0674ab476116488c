package org.hcstracker.files;

/**
 * A file that passed every check, ready to store.
 *
 * @param upload the file as it arrived
 * @param fileName its cleaned name
 * @param contentType the allowed type its content showed
 * @param size its size
 * @param sha256 its SHA-256, in hexadecimal
 */
public record CheckedUpload(Upload upload, String fileName, String contentType, long size, String sha256) {

	/**
	 * How many parts of {@link FileParts} its content takes.
	 * @return the number of parts
	 */
	public int partCount() {
		return FileParts.partsFor(this.size);
	}

}
