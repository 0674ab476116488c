package org.hcstracker.gateway;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import org.hcstracker.files.CheckedUpload;
import org.hcstracker.files.FileNames;
import org.hcstracker.shared.BaseEntity;

/**
 * A certificate the coach uploaded for a qualification item: what was checked when it
 * arrived. Its content lies in {@code gateway_certificate_parts}, never read through this
 * entity. Never changed once stored.
 */
@Entity
@Table(name = "gateway_certificates")
class GatewayCertificate extends BaseEntity {

	@Column(name = "apprentice_id", nullable = false, updatable = false)
	private long apprenticeId;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, updatable = false, length = 20)
	private GatewayItem item;

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

	protected GatewayCertificate() {
		this.item = GatewayItem.MATHS;
		this.fileName = "";
		this.contentType = "";
		this.sha256 = "";
		this.uploadedAt = Instant.EPOCH;
	}

	GatewayCertificate(long apprenticeId, GatewayItem item, CheckedUpload upload, long uploadedBy, Instant uploadedAt) {
		if (!item.isQualification()) {
			throw new IllegalArgumentException("Only qualifications have certificates: " + item);
		}
		this.apprenticeId = apprenticeId;
		this.item = item;
		this.fileName = upload.fileName();
		this.contentType = upload.contentType();
		this.sizeBytes = upload.size();
		this.sha256 = upload.sha256();
		this.partCount = upload.partCount();
		this.uploadedBy = uploadedBy;
		this.uploadedAt = uploadedAt;
	}

	CertificateView toView() {
		return new CertificateView(requireId(), this.apprenticeId, this.item, this.fileName, this.contentType,
				this.sizeBytes, this.partCount, this.uploadedAt);
	}

}
