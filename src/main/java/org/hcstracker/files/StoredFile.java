package org.hcstracker.files;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/**
 * What was checked when a file arrived, as its owner's row keeps it: its cleaned name,
 * the type its content showed, its size, its SHA-256, how many parts its content takes,
 * and who uploaded it when. Never changed once stored.
 */
@Embeddable
public class StoredFile {

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

	protected StoredFile() {
		this.fileName = "";
		this.contentType = "";
		this.sha256 = "";
		this.uploadedAt = Instant.EPOCH;
	}

	/**
	 * A file that passed every check, as it is to be stored.
	 * @param upload the checked file
	 * @param uploadedBy who uploaded it
	 * @param uploadedAt when
	 */
	public StoredFile(CheckedUpload upload, long uploadedBy, Instant uploadedAt) {
		this.fileName = upload.fileName();
		this.contentType = upload.contentType();
		this.sizeBytes = upload.size();
		this.sha256 = upload.sha256();
		this.partCount = upload.partCount();
		this.uploadedBy = uploadedBy;
		this.uploadedAt = uploadedAt;
	}

	public String getFileName() {
		return this.fileName;
	}

	public String getContentType() {
		return this.contentType;
	}

	public long getSizeBytes() {
		return this.sizeBytes;
	}

	public String getSha256() {
		return this.sha256;
	}

	public int getPartCount() {
		return this.partCount;
	}

	public Instant getUploadedAt() {
		return this.uploadedAt;
	}

}
