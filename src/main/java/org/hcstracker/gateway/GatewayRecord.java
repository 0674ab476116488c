package org.hcstracker.gateway;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hcstracker.shared.BaseEntity;
import org.jspecify.annotations.Nullable;

/**
 * What the coach recorded for one checklist item of one apprentice: on what grounds,
 * when, the detail (certificate, record of prior attainment, reason for exemption) and
 * who confirmed it. Recording the item again replaces it, while the apprentice is before
 * gateway.
 */
@Entity
@Table(name = "gateway_records")
class GatewayRecord extends BaseEntity {

	static final int DETAIL_MAX_LENGTH = 500;

	@Column(name = "apprentice_id", nullable = false, updatable = false)
	private long apprenticeId;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, updatable = false, length = 20)
	private GatewayItem item;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 20)
	private QualificationBasis basis;

	@Column(name = "achieved_on")
	private @Nullable LocalDate achievedOn;

	@Column(nullable = false, length = DETAIL_MAX_LENGTH)
	private String detail;

	@Column(name = "confirmed_by", nullable = false)
	private long confirmedBy;

	@Column(name = "confirmed_by_name", nullable = false, length = 200)
	private String confirmedByName;

	@Column(name = "confirmed_at", nullable = false)
	private Instant confirmedAt;

	@Column(name = "certificate_id")
	private @Nullable Long certificateId;

	@Version
	private long version;

	protected GatewayRecord() {
		this.item = GatewayItem.MATHS;
		this.basis = QualificationBasis.CERTIFICATE;
		this.detail = "";
		this.confirmedByName = "";
		this.confirmedAt = Instant.EPOCH;
	}

	GatewayRecord(long apprenticeId, GatewayItem item) {
		this();
		this.apprenticeId = apprenticeId;
		this.item = item;
	}

	void record(QualificationBasis newBasis, @Nullable LocalDate on, String newDetail, @Nullable Long newCertificateId,
			long coachId, String coachName, Instant now) {
		this.basis = newBasis;
		this.certificateId = newCertificateId;
		this.achievedOn = on;
		this.detail = newDetail;
		this.confirmedBy = coachId;
		this.confirmedByName = coachName;
		this.confirmedAt = now;
	}

	long getApprenticeId() {
		return this.apprenticeId;
	}

	@Nullable Long getCertificateId() {
		return this.certificateId;
	}

	GatewayItem getItem() {
		return this.item;
	}

	RecordView toView() {
		return new RecordView(this.item, this.basis, this.achievedOn, this.detail, this.confirmedByName,
				this.confirmedAt, this.certificateId);
	}

	/**
	 * A checklist item as recorded.
	 *
	 * @param item the item
	 * @param basis on what grounds
	 * @param achievedOn when achieved or confirmed (none for an exemption)
	 * @param detail the certificate, the record of prior attainment or the reason
	 * @param confirmedBy who recorded it
	 * @param confirmedAt when
	 * @param certificateId the uploaded certificate, if there is one
	 */
	record RecordView(GatewayItem item, QualificationBasis basis, @Nullable LocalDate achievedOn, String detail,
			String confirmedBy, Instant confirmedAt, @Nullable Long certificateId) {
	}

}
