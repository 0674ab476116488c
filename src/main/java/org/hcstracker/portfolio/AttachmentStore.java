package org.hcstracker.portfolio;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;

import org.hcstracker.shared.UploadProperties;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Checks files before anything is stored, and keeps their content in parts of 1 MB: a
 * file is written and read one part at a time, so memory stays flat whatever its size.
 * Writing takes part in the caller's transaction, so a file is stored whole or not at
 * all.
 */
@Component
class AttachmentStore {

	static final int PART_SIZE = 1024 * 1024;

	private final JdbcClient jdbc;

	private final UploadProperties limits;

	AttachmentStore(JdbcClient jdbc, UploadProperties limits) {
		this.jdbc = jdbc;
		this.limits = limits;
	}

	static int partsFor(long size) {
		return (int) Math.max(1, (size + PART_SIZE - 1) / PART_SIZE);
	}

	/**
	 * Checks files as they arrived: each must be within the size limit, not empty, and of
	 * an allowed type by its content. Files sent empty (a file field left blank) are left
	 * out. Nothing is stored.
	 * @param uploads the files
	 * @return the files that passed, with their cleaned names, types, sizes and hashes
	 * @throws EvidenceRuleException naming the first file that did not pass
	 */
	List<CheckedUpload> check(List<Upload> uploads) {
		List<Upload> sent = uploads.stream()
			.filter((upload) -> upload.size() > 0 || !upload.originalName().isBlank())
			.toList();
		if (sent.size() > this.limits.maxFiles()) {
			throw new EvidenceRuleException("files", "evidence.files.tooManyAtOnce", this.limits.maxFiles());
		}
		return sent.stream().map(this::check).toList();
	}

	private CheckedUpload check(Upload upload) {
		String name = FileNames.clean(upload.originalName());
		if (upload.size() == 0) {
			throw new EvidenceRuleException("files", "evidence.file.empty", name);
		}
		if (upload.size() > this.limits.maxFileSize().toBytes()) {
			throw new EvidenceRuleException("files", "evidence.file.tooLarge", name, this.limits.maxFileMegabytes());
		}
		try {
			String type;
			try (InputStream in = upload.content().getInputStream()) {
				type = FileTypes.detect(in, name);
			}
			if (!FileTypes.ALLOWED.contains(type)) {
				boolean disguised = FileTypes.ALLOWED.contains(FileTypes.fromName(name));
				throw new EvidenceRuleException("files",
						disguised ? "evidence.file.disguised" : "evidence.file.typeNotAllowed", name);
			}
			MessageDigest sha256 = sha256();
			long size = 0;
			try (InputStream in = new DigestInputStream(upload.content().getInputStream(), sha256)) {
				byte[] buffer = new byte[64 * 1024];
				for (int read = in.read(buffer); read != -1; read = in.read(buffer)) {
					size += read;
				}
			}
			if (size != upload.size()) {
				throw new EvidenceRuleException("files", "evidence.file.incomplete", name);
			}
			return new CheckedUpload(upload, name, type, size, HexFormat.of().formatHex(sha256.digest()));
		}
		catch (IOException ex) {
			throw new EvidenceRuleException("files", "evidence.file.incomplete", name);
		}
	}

	/**
	 * Writes a checked file's content for its attachment, a part at a time, in the
	 * caller's transaction.
	 * @param attachmentId the attachment, already saved
	 * @param upload the checked file
	 * @throws EvidenceRuleException if the file changed or could not be read since it was
	 * checked; the caller's transaction then stores nothing
	 */
	void write(long attachmentId, CheckedUpload upload) {
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
				this.jdbc.sql("insert into evidence_file_parts (file_id, part_number, data) values (?, ?, ?)")
					.params(attachmentId, part, data)
					.update();
				size += filled;
				part++;
			}
		}
		catch (IOException ex) {
			throw new EvidenceRuleException("files", "evidence.file.incomplete", upload.fileName());
		}
		if (size != upload.size() || !HexFormat.of().formatHex(sha256.digest()).equals(upload.sha256())) {
			throw new EvidenceRuleException("files", "evidence.file.incomplete", upload.fileName());
		}
	}

	/**
	 * Copies a file's content to a stream, one part at a time.
	 * @param attachment the file
	 * @param out where to write it
	 * @throws IOException if writing fails (the reader went away)
	 */
	void copy(AttachmentView attachment, OutputStream out) throws IOException {
		for (int part = 0; part < attachment.partCount(); part++) {
			byte[] data = this.jdbc.sql("select data from evidence_file_parts where file_id = ? and part_number = ?")
				.params(attachment.id(), part)
				.query(byte[].class)
				.optional()
				.orElseThrow(() -> new UncheckedIOException(
						new IOException("A part of file " + attachment.id() + " is missing")));
			out.write(data);
		}
		out.flush();
	}

	private static MessageDigest sha256() {
		try {
			return MessageDigest.getInstance("SHA-256");
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("SHA-256 is part of every Java platform", ex);
		}
	}

}
