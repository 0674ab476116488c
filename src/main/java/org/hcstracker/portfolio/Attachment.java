package org.hcstracker.portfolio;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.hcstracker.files.CheckedUpload;
import org.hcstracker.files.StoredFile;
import org.hcstracker.shared.BaseEntity;

/**
 * A file attached to a piece of evidence: what was checked when it arrived. Its content
 * lies in parts that {@link AttachmentStore} writes and reads, never through this entity,
 * so that loading it never loads the file. It is never changed; it is removed with its
 * parts while the evidence may still be edited.
 */
@Entity
@Table(name = "evidence_files")
class Attachment extends BaseEntity {

	@Column(name = "evidence_id", nullable = false, updatable = false)
	private long evidenceId;

	/** Set by JPA when loaded, by the constructor when new. */
	@Embedded
	private StoredFile file;

	protected Attachment() {
	}

	Attachment(long evidenceId, CheckedUpload upload, long uploadedBy, Instant uploadedAt) {
		this.evidenceId = evidenceId;
		this.file = new StoredFile(upload, uploadedBy, uploadedAt);
	}

	long getEvidenceId() {
		return this.evidenceId;
	}

	AttachmentView toView() {
		return new AttachmentView(requireId(), this.file.getFileName(), this.file.getContentType(),
				this.file.getSizeBytes(), this.file.getSha256(), this.file.getPartCount(), this.file.getUploadedAt());
	}

}
