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
import org.hcstracker.shared.TypedText;
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

	@Column(name = "queried_at")
	private @Nullable Instant queriedAt;

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

	/**
	 * Training the apprentice records, waiting for the coach's approval.
	 * @param apprenticeId the apprentice
	 * @param training what was recorded, checked
	 * @param now the time of recording
	 */
	OffTheJobEntry(long apprenticeId, OffTheJobTraining training, Instant now) {
		this.apprenticeId = apprenticeId;
		this.activityDate = training.date();
		this.hours = training.hours().value();
		this.activity = training.activity();
		this.note = text(training.note());
		this.status = OffTheJobStatus.AWAITING_APPROVAL;
		this.createdAt = now;
		this.updatedAt = now;
	}

	/**
	 * Changes the training recorded until the coach approves it; a queried entry waits
	 * for approval again.
	 * @param training what is recorded now, checked
	 * @param now the time of the change
	 * @throws OffTheJobRuleException once approved
	 */
	void amend(OffTheJobTraining training, Instant now) {
		if (!this.status.isEditable()) {
			throw new OffTheJobRuleException("", "otj.notEditable");
		}
		this.activityDate = training.date();
		this.hours = training.hours().value();
		this.activity = training.activity();
		this.note = text(training.note());
		this.status = OffTheJobStatus.AWAITING_APPROVAL;
		this.updatedAt = now;
	}

	/**
	 * The coach approves the entry waiting: its hours count, and it is frozen. A query
	 * made before it was amended stays in its history.
	 * @param coachId the coach
	 * @param now the time of the decision
	 * @throws OffTheJobRuleException unless it waits for approval
	 */
	void approve(long coachId, Instant now) {
		requireAwaiting();
		this.status = OffTheJobStatus.APPROVED;
		decided(coachId, now);
	}

	/**
	 * The coach queries the entry waiting with a reason the apprentice sees; it stops
	 * counting until amended and approved.
	 * @param coachId the coach
	 * @param reason why, checked
	 * @param now the time of the decision
	 * @throws OffTheJobRuleException unless it waits for approval
	 */
	void query(long coachId, TypedText reason, Instant now) {
		requireAwaiting();
		this.status = OffTheJobStatus.QUERIED;
		this.queryReason = reason.value();
		this.queriedAt = now;
		decided(coachId, now);
	}

	private static @Nullable String text(@Nullable TypedText text) {
		return (text != null) ? text.value() : null;
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

	@Nullable String getQueryReason() {
		return this.queryReason;
	}

	BigDecimal getHours() {
		return this.hours;
	}

	long getVersion() {
		return this.version;
	}

	OffTheJobEntryView toView() {
		return new OffTheJobEntryView(requireId(), this.activityDate, this.hours, this.activity, this.note, this.status,
				this.queryReason, this.queriedAt, this.version);
	}

}
