package org.hcstracker.files;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.regex.Pattern;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The content of files kept in one table of parts ({@code file_id}, {@code part_number},
 * {@code data}), 1 MB each: a file is written and read one part at a time, so memory
 * stays flat whatever its size. Writing takes part in the caller's transaction, so a file
 * is stored whole or not at all.
 */
public final class FileParts {

	/** The size of every part but a file's last. */
	public static final int PART_SIZE = 1024 * 1024;

	private static final Pattern TABLE_NAME = Pattern.compile("[a-z][a-z_]*");

	private final JdbcClient jdbc;

	private final String insert;

	private final String select;

	/**
	 * Parts kept in a table of the owning module.
	 * @param jdbc the database
	 * @param table the table's name, a constant of the owner
	 */
	public FileParts(JdbcClient jdbc, String table) {
		if (!TABLE_NAME.matcher(table).matches()) {
			throw new IllegalArgumentException("Not a table name: " + table);
		}
		this.jdbc = jdbc;
		this.insert = "insert into " + table + " (file_id, part_number, data) values (?, ?, ?)";
		this.select = "select data from " + table + " where file_id = ? and part_number = ?";
	}

	/**
	 * How many parts a file of this size takes.
	 * @param size the size in bytes
	 * @return the number of parts, at least one
	 */
	public static int partsFor(long size) {
		return (int) Math.max(1, (size + PART_SIZE - 1) / PART_SIZE);
	}

	/**
	 * Writes a checked file's content, a part at a time, in the caller's transaction.
	 * @param fileId the owner's row for the file, already saved
	 * @param upload the checked file
	 * @throws FileRefusedException if the file changed or could not be read since it was
	 * checked; the caller's transaction then stores nothing
	 */
	public void write(long fileId, CheckedUpload upload) {
		MessageDigest sha256 = sha256();
		long size = 0;
		int part = 0;
		byte[] buffer = new byte[PART_SIZE];
		try (InputStream in = new DigestInputStream(upload.upload().content().getInputStream(), sha256)) {
			while (true) {
				int filled = in.readNBytes(buffer, 0, PART_SIZE);
				if (filled == 0) {
					break;
				}
				byte[] data = (filled == PART_SIZE) ? buffer : Arrays.copyOf(buffer, filled);
				this.jdbc.sql(this.insert).params(fileId, part, data).update();
				size += filled;
				part++;
			}
		}
		catch (IOException ex) {
			throw new FileRefusedException("file.incomplete", upload.fileName());
		}
		if (size != upload.size() || !HexFormat.of().formatHex(sha256.digest()).equals(upload.sha256())) {
			throw new FileRefusedException("file.incomplete", upload.fileName());
		}
	}

	/**
	 * Copies a file's content to a stream, one part at a time.
	 * @param fileId the owner's row for the file
	 * @param partCount how many parts it has
	 * @param out where to write it
	 * @throws IOException if writing fails (the reader went away)
	 */
	public void copy(long fileId, int partCount, OutputStream out) throws IOException {
		for (int part = 0; part < partCount; part++) {
			out.write(read(fileId, part));
		}
		out.flush();
	}

	/**
	 * Copies a range of a file's content to a stream, reading only the parts that hold
	 * it, one at a time: seeking into a large video reads a part or two, not the file.
	 * @param fileId the owner's row for the file
	 * @param range the bytes to copy, within the file
	 * @param out where to write them
	 * @throws IOException if writing fails (the reader went away)
	 */
	public void copy(long fileId, ByteRange range, OutputStream out) throws IOException {
		int firstPart = (int) (range.first() / PART_SIZE);
		int lastPart = (int) (range.last() / PART_SIZE);
		for (int part = firstPart; part <= lastPart; part++) {
			byte[] data = read(fileId, part);
			long partStart = (long) part * PART_SIZE;
			int from = (part == firstPart) ? (int) (range.first() - partStart) : 0;
			int to = (part == lastPart) ? (int) (range.last() - partStart) + 1 : data.length;
			if (to > data.length) {
				throw missing(fileId);
			}
			out.write(data, from, to - from);
		}
		out.flush();
	}

	private byte[] read(long fileId, int part) {
		return this.jdbc.sql(this.select)
			.params(fileId, part)
			.query(byte[].class)
			.optional()
			.orElseThrow(() -> missing(fileId));
	}

	private static UncheckedIOException missing(long fileId) {
		return new UncheckedIOException(new IOException("A part of file " + fileId + " is missing"));
	}

	static MessageDigest sha256() {
		try {
			return MessageDigest.getInstance("SHA-256");
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("SHA-256 is part of every Java platform", ex);
		}
	}

}
