package org.hcstracker.gateway;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import org.hcstracker.files.CheckedUpload;
import org.hcstracker.files.StoredFile;
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

	/** Set by JPA when loaded, by the constructor when new. */
	@Embedded
	private StoredFile file;

	protected GatewayCertificate() {
		this.item = GatewayItem.MATHS;
	}

	GatewayCertificate(long apprenticeId, GatewayItem item, CheckedUpload upload, long uploadedBy, Instant uploadedAt) {
		if (!item.isQualification()) {
			throw new IllegalArgumentException("Only qualifications have certificates: " + item);
		}
		this.apprenticeId = apprenticeId;
		this.item = item;
		this.file = new StoredFile(upload, uploadedBy, uploadedAt);
	}

	CertificateView toView() {
		return new CertificateView(requireId(), this.apprenticeId, this.item, this.file.getFileName(),
				this.file.getContentType(), this.file.getSizeBytes(), this.file.getPartCount(),
				this.file.getUploadedAt());
	}

}
