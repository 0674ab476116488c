package org.hcstracker.files;

/**
 * A run of bytes of a stored file, from its first to its last byte (both included), as a
 * range request asks for it.
 *
 * @param first the offset of its first byte
 * @param last the offset of its last byte, not before the first
 */
public record ByteRange(long first, long last) {

	public ByteRange {
		if (first < 0 || last < first) {
			throw new IllegalArgumentException("Not a range of bytes: " + first + "-" + last);
		}
	}

	/**
	 * Every byte of a file.
	 * @param size the file's size, at least one byte
	 * @return the range from its first byte to its last
	 */
	public static ByteRange whole(long size) {
		return new ByteRange(0, size - 1);
	}

	/**
	 * How many bytes it covers.
	 * @return the number of bytes
	 */
	public long length() {
		return this.last - this.first + 1;
	}

}
