package org.hcstracker.portfolio;

import java.io.IOException;
import java.io.OutputStream;

import org.hcstracker.files.ByteRange;
import org.hcstracker.people.CurrentUser;
import org.hcstracker.programme.ApprenticeRef;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Evidence files for everyone who may see the evidence: which file, then its content a
 * part at a time.
 */
@Service
class AttachmentDownloads {

	private final EvidenceAccess access;

	private final AttachmentRepository attachments;

	private final AttachmentStore store;

	AttachmentDownloads(EvidenceAccess access, AttachmentRepository attachments, AttachmentStore store) {
		this.access = access;
		this.attachments = attachments;
		this.store = store;
	}

	/**
	 * A file of a piece of evidence the viewer may see, without its content.
	 * @param apprenticeId the apprentice
	 * @param evidenceId the evidence
	 * @param attachmentId the file
	 * @param viewer who is looking
	 * @return the file
	 * @throws EvidenceNotFoundException if there is none the viewer may see
	 */
	@Transactional(readOnly = true)
	AttachmentView attachment(long apprenticeId, long evidenceId, long attachmentId, CurrentUser viewer) {
		ApprenticeRef apprentice = this.access.apprentice(apprenticeId, viewer);
		Evidence item = this.access.visible(apprentice, evidenceId, viewer);
		return this.attachments.findOfEvidence(attachmentId, item.requireId())
			.map(Attachment::toView)
			.orElseThrow(() -> EvidenceNotFoundException.forId(evidenceId));
	}

	/**
	 * Writes a file's content, or the range of it a request asked for, a part at a time
	 * and reading only the parts that hold the range, outside any transaction so that a
	 * slow reader holds no connection between parts. Call {@link #attachment} first: it
	 * decides whether the viewer may have it.
	 * @param attachment the file, as {@link #attachment} gave it
	 * @param range the bytes to write, within the file
	 * @param out where to write them
	 * @throws IOException if the reader went away
	 */
	void writeContent(AttachmentView attachment, ByteRange range, OutputStream out) throws IOException {
		this.store.copy(attachment, range, out);
	}

}
