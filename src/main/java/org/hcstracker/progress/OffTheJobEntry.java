package org.hcstracker.progress;

import java.math.BigDecimal;
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
 * Off-the-job training the apprentice recorded. They may amend it until the coach
 * approves it; a queried entry goes back to waiting once amended.
 */
@Entity
@Table(name = "off_the_job_entries")
class OffTheJobEntry extends BaseEntity {

	static final int TEXT_MAX_LENGTH = 1000;

	@Column(name = "apprentice_id", nullable = false, updatable = false)
	private long apprenticeId;

	@Column(name = "activity_date", nullable = false)
	private LocalDate activityDate;

	@Column(nullable = false, precision = 4, scale = 2)
	private BigDecimal hours;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 30)
	private OffTheJobActivity activity;

	@Column(length = TEXT_MAX_LENGTH)
	private @Nullable String note;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 20)
	private OffTheJobStatus status;

	@Column(name = "query_reason", length = TEXT_MAX_LENGTH)
	private @Nullable String queryReason;

	@Column(name = "decided_by")
	private @Nullable Long decidedBy;

	@Column(name = "decided_at")
	private @Nullable Instant decidedAt;

	@Column(name = "created_at", nullable = false, updatable = false)
	private Instant createdAt;

	@Column(name = "updated_at", nullable = false)
	private Instant updatedAt;

	@Version
	private long version;

	protected OffTheJobEntry() {
		this.activityDate = LocalDate.EPOCH;
		this.hours = BigDecimal.ZERO;
		this.activity = OffTheJobActivity.OTHER;
		this.status = OffTheJobStatus.AWAITING_APPROVAL;
		this.createdAt = Instant.EPOCH;
		this.updatedAt = Instant.EPOCH;
	}

	OffTheJobEntry(long apprenticeId, LocalDate activityDate, TrainingHours hours, OffTheJobActivity activity,
			@Nullable String note, Instant now) {
		this.apprenticeId = apprenticeId;
		this.activityDate = activityDate;
		this.hours = hours.value();
		this.activity = activity;
		this.note = note;
		this.status = OffTheJobStatus.AWAITING_APPROVAL;
		this.createdAt = now;
		this.updatedAt = now;
	}

	void amend(LocalDate activityDate, TrainingHours hours, OffTheJobActivity activity, @Nullable String note,
			Instant now) {
		if (!this.status.isEditable()) {
			throw new OffTheJobRuleException("", "otj.notEditable");
		}
		this.activityDate = activityDate;
		this.hours = hours.value();
		this.activity = activity;
		this.note = note;
		this.status = OffTheJobStatus.AWAITING_APPROVAL;
		this.updatedAt = now;
	}

	void approve(long coachId, Instant now) {
		requireAwaiting();
		this.status = OffTheJobStatus.APPROVED;
		this.queryReason = null;
		decided(coachId, now);
	}

	void query(long coachId, String reason, Instant now) {
		requireAwaiting();
		this.status = OffTheJobStatus.QUERIED;
		this.queryReason = reason;
		decided(coachId, now);
	}

	private void requireAwaiting() {
		if (this.status != OffTheJobStatus.AWAITING_APPROVAL) {
			throw new OffTheJobRuleException("", "otj.notAwaiting");
		}
	}

	private void decided(long coachId, Instant now) {
		this.decidedBy = coachId;
		this.decidedAt = now;
		this.updatedAt = now;
	}

	long getApprenticeId() {
		return this.apprenticeId;
	}

	OffTheJobStatus getStatus() {
		return this.status;
	}

	long getVersion() {
		return this.version;
	}

	OffTheJobEntryView toView() {
		return new OffTheJobEntryView(requireId(), this.activityDate, this.hours, this.activity, this.note, this.status,
				this.queryReason, this.version);
	}

}
