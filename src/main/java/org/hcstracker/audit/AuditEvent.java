package org.hcstracker.audit;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.hcstracker.shared.BaseEntity;
import org.jspecify.annotations.Nullable;

/**
 * A recorded state change. Immutable once written: the trail is only ever appended to.
 */
@Entity
@Table(name = "audit_events")
class AuditEvent extends BaseEntity {

	@Column(name = "occurred_at", nullable = false, updatable = false)
	private Instant occurredAt;

	@Column(name = "actor_account_id", updatable = false)
	private @Nullable Long actorAccountId;

	@Column(nullable = false, length = 320, updatable = false)
	private String actor;

	@Column(nullable = false, length = 60, updatable = false)
	private String action;

	@Column(name = "subject_type", nullable = false, length = 60, updatable = false)
	private String subjectType;

	@Column(name = "subject_id", nullable = false, updatable = false)
	private long subjectId;

	@Column(name = "apprentice_id", updatable = false)
	private @Nullable Long apprenticeId;

	@Column(name = "before_state", length = AuditRecord.STATE_MAX_LENGTH, updatable = false)
	private @Nullable String beforeState;

	@Column(name = "after_state", length = AuditRecord.STATE_MAX_LENGTH, updatable = false)
	private @Nullable String afterState;

	protected AuditEvent() {
		this.occurredAt = Instant.EPOCH;
		this.actor = "";
		this.action = "";
		this.subjectType = "";
	}

	AuditEvent(AuditRecord record, Instant occurredAt) {
		this.occurredAt = occurredAt;
		this.actorAccountId = record.actor().accountId();
		this.actor = record.actor().name();
		this.action = record.action();
		this.subjectType = record.subjectType();
		this.subjectId = record.subjectId();
		this.apprenticeId = record.apprenticeId();
		this.beforeState = record.before();
		this.afterState = record.after();
	}

	AuditEventView toView() {
		return new AuditEventView(requireId(), this.occurredAt, this.actorAccountId, this.actor, this.action,
				this.subjectType, this.subjectId, this.apprenticeId, this.beforeState, this.afterState);
	}

}
