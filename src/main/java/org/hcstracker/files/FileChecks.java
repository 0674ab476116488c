package org.hcstracker.files;

import java.io.IOException;
import java.io.InputStream;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;

import org.hcstracker.shared.UploadProperties;
import org.springframework.stereotype.Component;

/**
 * Checks files as they arrived, before anything is stored: each must be within the size
 * limit, not empty, and of an allowed type by its content (a file whose content is not
 * what its name says is refused as such).
 */
@Component
public class FileChecks {

	private final UploadProperties limits;

	FileChecks(UploadProperties limits) {
		this.limits = limits;
	}

	/**
	 * Checks the files sent together. Files sent empty (a file field left blank) are left
	 * out. Nothing is stored.
	 * @param uploads the files
	 * @return the files that passed, with their cleaned names, types, sizes and hashes
	 * @throws FileRefusedException naming the first file that did not pass, or saying
	 * that too many were sent at once
	 */
	public List<CheckedUpload> check(List<Upload> uploads) {
		List<Upload> sent = uploads.stream().filter(FileChecks::wasSent).toList();
		if (sent.size() > this.limits.maxFiles()) {
			throw new FileRefusedException("file.tooManyAtOnce", this.limits.maxFiles());
		}
		return sent.stream().map(this::check).toList();
	}

	/**
	 * Whether a file field carried a file at all.
	 * @param upload what the field carried
	 * @return false for a file field left blank
	 */
	public static boolean wasSent(Upload upload) {
		return upload.size() > 0 || !upload.originalName().isBlank();
	}

	/**
	 * Checks one file. Nothing is stored.
	 * @param upload the file
	 * @return the file, checked
	 * @throws FileRefusedException naming the file, if it did not pass
	 */
	public CheckedUpload check(Upload upload) {
		String name = FileNames.clean(upload.originalName());
		if (upload.size() == 0) {
			throw new FileRefusedException("file.empty", name);
		}
		if (upload.size() > this.limits.maxFileSize().toBytes()) {
			throw new FileRefusedException("file.tooLarge", name, this.limits.maxFileMegabytes());
		}
		try {
			String type;
			try (InputStream in = upload.content().getInputStream()) {
				type = FileTypes.detect(in, name);
			}
			if (!FileTypes.ALLOWED.contains(type)) {
				boolean disguised = FileTypes.ALLOWED.contains(FileTypes.fromName(name));
				throw new FileRefusedException(disguised ? "file.disguised" : "file.typeNotAllowed", name);
			}
			MessageDigest sha256 = FileParts.sha256();
			long size = 0;
			try (InputStream in = new DigestInputStream(upload.content().getInputStream(), sha256)) {
				byte[] buffer = new byte[64 * 1024];
				for (int read = in.read(buffer); read != -1; read = in.read(buffer)) {
					size += read;
				}
			}
			if (size != upload.size()) {
				throw new FileRefusedException("file.incomplete", name);
			}
			return new CheckedUpload(upload, name, type, size, HexFormat.of().formatHex(sha256.digest()));
		}
		catch (IOException ex) {
			throw new FileRefusedException("file.incomplete", name);
		}
	}

}
