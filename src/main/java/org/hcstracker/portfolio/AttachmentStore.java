package org.hcstracker.portfolio;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;

import org.hcstracker.files.ByteRange;
import org.hcstracker.files.CheckedUpload;
import org.hcstracker.files.FileChecks;
import org.hcstracker.files.FileParts;
import org.hcstracker.files.FileRefusedException;
import org.hcstracker.files.Upload;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Evidence files: checked before anything is stored, their content kept in
 * {@code evidence_file_parts}. A file that does not pass is refused as a portfolio rule
 * on the form's files field.
 */
@Component
class AttachmentStore {

	private final FileChecks checks;

	private final FileParts parts;

	AttachmentStore(FileChecks checks, JdbcClient jdbc) {
		this.checks = checks;
		this.parts = new FileParts(jdbc, "evidence_file_parts");
	}

	/**
	 * Checks files as they arrived; files sent empty are left out. Nothing is stored.
	 * @param uploads the files
	 * @return the files that passed
	 * @throws EvidenceRuleException naming the first file that did not pass
	 */
	List<CheckedUpload> check(List<Upload> uploads) {
		try {
			return this.checks.check(uploads);
		}
		catch (FileRefusedException ex) {
			throw refused(ex);
		}
	}

	/**
	 * Writes a checked file's content for its attachment, in the caller's transaction.
	 * @param attachmentId the attachment, already saved
	 * @param upload the checked file
	 * @throws EvidenceRuleException if the file changed or could not be read since it was
	 * checked; the caller's transaction then stores nothing
	 */
	void write(long attachmentId, CheckedUpload upload) {
		try {
			this.parts.write(attachmentId, upload);
		}
		catch (FileRefusedException ex) {
			throw refused(ex);
		}
	}

	/**
	 * Copies a range of a file's content to a stream, reading only the parts that hold
	 * it, one at a time.
	 * @param attachment the file
	 * @param range the bytes to copy, the whole file or a part of it
	 * @param out where to write it
	 * @throws IOException if writing fails (the reader went away)
	 */
	void copy(AttachmentView attachment, ByteRange range, OutputStream out) throws IOException {
		this.parts.copy(attachment.id(), range, out);
	}

	private static EvidenceRuleException refused(FileRefusedException ex) {
		return new EvidenceRuleException("files", ex.getMessageKey(), ex.getArguments());
	}

}
