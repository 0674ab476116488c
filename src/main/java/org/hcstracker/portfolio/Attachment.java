package org.hcstracker.portfolio;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.hcstracker.files.CheckedUpload;
import org.hcstracker.files.FileNames;
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

	@Column(name = "file_name", nullable = false, updatable = false, length = FileNames.MAX_LENGTH)
	private String fileName;

	@Column(name = "content_type", nullable = false, updatable = false, length = 100)
	private String contentType;

	@Column(name = "size_bytes", nullable = false, updatable = false)
	private long sizeBytes;

	@Column(nullable = false, updatable = false, length = 64)
	private String sha256;

	@Column(name = "part_count", nullable = false, updatable = false)
	private int partCount;

	@Column(name = "uploaded_by", nullable = false, updatable = false)
	private long uploadedBy;

	@Column(name = "uploaded_at", nullable = false, updatable = false)
	private Instant uploadedAt;

	protected Attachment() {
		this.fileName = "";
		this.contentType = "";
		this.sha256 = "";
		this.uploadedAt = Instant.EPOCH;
	}

	Attachment(long evidenceId, CheckedUpload upload, long uploadedBy, Instant uploadedAt) {
		this.evidenceId = evidenceId;
		this.fileName = upload.fileName();
		this.contentType = upload.contentType();
		this.sizeBytes = upload.size();
		this.sha256 = upload.sha256();
		this.partCount = upload.partCount();
		this.uploadedBy = uploadedBy;
		this.uploadedAt = uploadedAt;
	}

	long getEvidenceId() {
		return this.evidenceId;
	}

	AttachmentView toView() {
		return new AttachmentView(requireId(), this.fileName, this.contentType, this.sizeBytes, this.sha256,
				this.partCount, this.uploadedAt);
	}

}
