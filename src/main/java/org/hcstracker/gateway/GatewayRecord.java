package org.hcstracker.gateway;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hcstracker.gateway.GatewayActions.Refusal;
import org.hcstracker.programme.ApprenticeStatus;
import org.hcstracker.shared.BaseEntity;
import org.hcstracker.shared.RuleException;
import org.hcstracker.shared.UkTime;
import org.jspecify.annotations.Nullable;

/**
 * What the coach recorded for one checklist item of one apprentice: on what grounds,
 * when, the detail (certificate, record of prior attainment, reason for exemption) and
 * who confirmed it. Recording the item again replaces it, only while the apprentice is
 * before gateway. It guards its own changes: a certificate or the Diploma achieved stands
 * only with an uploaded certificate (one already uploaded stands until another is sent),
 * an exemption has none, and the portfolio is confirmed only when every programme area
 * has accepted evidence.
 */
@Entity
@Table(name = "gateway_records")
class GatewayRecord extends BaseEntity {

	static final int DETAIL_MAX_LENGTH = 500;

	/** What a confirmed portfolio records as its detail. */
	static final String PORTFOLIO_CONFIRMED = "Every programme area has accepted evidence";

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

	private GatewayRecord(long apprenticeId, GatewayItem item) {
		this();
		this.apprenticeId = apprenticeId;
		this.item = item;
	}

	/**
	 * Maths, English or the Diploma recorded for the first time.
	 * @param apprenticeId the apprentice
	 * @param qualification what the coach recorded
	 * @param sentCertificateId the certificate uploaded with it, if one was
	 * @param status the apprentice's status now
	 * @param coach who recorded it, and when
	 * @return the record
	 * @throws GatewayRuleException as {@link #record} refuses
	 */
	static GatewayRecord qualification(long apprenticeId, QualificationRecord qualification,
			@Nullable Long sentCertificateId, ApprenticeStatus status, RecordedBy coach) {
		GatewayRecord record = new GatewayRecord(apprenticeId, qualification.item());
		record.record(qualification, sentCertificateId, status, coach);
		return record;
	}

	/**
	 * The portfolio confirmed complete for the first time.
	 * @param apprenticeId the apprentice
	 * @param areasWithoutAccepted the programme areas with no accepted evidence
	 * @param status the apprentice's status now
	 * @param coach who confirmed it, and when
	 * @return the record
	 * @throws GatewayRuleException as {@link #confirmPortfolio} refuses
	 */
	static GatewayRecord portfolio(long apprenticeId, List<String> areasWithoutAccepted, ApprenticeStatus status,
			RecordedBy coach) {
		GatewayRecord record = new GatewayRecord(apprenticeId, GatewayItem.PORTFOLIO);
		record.confirmPortfolio(areasWithoutAccepted, status, coach);
		return record;
	}

	/**
	 * Records the qualification again, replacing what was recorded. Without a new
	 * certificate the one already uploaded stands; an exemption drops it.
	 * @param qualification what the coach recorded, of this record's item
	 * @param sentCertificateId the certificate uploaded with it, if one was
	 * @param status the apprentice's status now
	 * @param coach who recorded it, and when
	 * @throws GatewayRuleException after gateway, for a certificate sent with an
	 * exemption or for a certificate or the Diploma achieved with none uploaded
	 */
	void record(QualificationRecord qualification, @Nullable Long sentCertificateId, ApprenticeStatus status,
			RecordedBy coach) {
		if (qualification.item() != this.item) {
			throw new IllegalArgumentException("The record of " + this.item + " cannot hold " + qualification.item());
		}
		requireBeforeGateway(status);
		RuleException
			.throwIfAny(certificateRefusals(qualification.basis(), sentCertificateId != null, this.certificateId));
		this.basis = qualification.basis();
		this.achievedOn = qualification.achievedOn();
		this.detail = qualification.detail().value();
		if (qualification.isExemption()) {
			this.certificateId = null;
		}
		else if (sentCertificateId != null) {
			this.certificateId = sentCertificateId;
		}
		confirmed(coach);
	}

	/**
	 * Confirms the portfolio complete again, dated the day of the confirmation.
	 * @param areasWithoutAccepted the programme areas with no accepted evidence
	 * @param status the apprentice's status now
	 * @param coach who confirmed it, and when
	 * @throws GatewayRuleException after gateway, or naming the areas without accepted
	 * evidence
	 */
	void confirmPortfolio(List<String> areasWithoutAccepted, ApprenticeStatus status, RecordedBy coach) {
		if (this.item != GatewayItem.PORTFOLIO) {
			throw new IllegalArgumentException("The record of " + this.item + " is not the portfolio's");
		}
		requireBeforeGateway(status);
		Refusal refusal = GatewayRules.portfolioRefusal(areasWithoutAccepted);
		if (refusal != null) {
			throw refusal.exception();
		}
		this.basis = QualificationBasis.CONFIRMED;
		this.achievedOn = UkTime.dateOf(coach.at());
		this.detail = PORTFOLIO_CONFIRMED;
		this.certificateId = null;
		confirmed(coach);
	}

	/**
	 * Every refusal the certificate rule makes: none may be sent with an exemption, and a
	 * certificate or the Diploma achieved needs one sent unless one already stands.
	 * @param basis on what grounds, if chosen
	 * @param sent whether a certificate's file was sent
	 * @param standing the certificate already uploaded for the item, if any
	 * @return the refusals; empty if none
	 */
	static List<GatewayRuleException> certificateRefusals(@Nullable QualificationBasis basis, boolean sent,
			@Nullable Long standing) {
		List<GatewayRuleException> refusals = new ArrayList<>();
		if (sent && basis == QualificationBasis.EXEMPT) {
			refusals.add(new GatewayRuleException("gateway.certificate.exempt"));
		}
		if (basis != null && basis.needsCertificate() && !sent && standing == null) {
			refusals.add(new GatewayRuleException("gateway.certificate.required"));
		}
		return refusals;
	}

	private static void requireBeforeGateway(ApprenticeStatus status) {
		if (!status.isBeforeGateway()) {
			throw new GatewayRuleException("gateway.items.afterGateway");
		}
	}

	private void confirmed(RecordedBy coach) {
		this.confirmedBy = coach.accountId();
		this.confirmedByName = coach.name();
		this.confirmedAt = coach.at();
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

		/**
		 * The record as the audit trail keeps it.
		 * @return the item, its grounds, date and detail
		 */
		String forAudit() {
			return this.item + ": " + this.basis + ((this.achievedOn != null) ? " on " + this.achievedOn : "") + "; "
					+ this.detail;
		}

	}

}
