package org.hcstracker.programme;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import org.hcstracker.audit.AuditRecord.Actor;
import org.hcstracker.shared.BaseEntity;
import org.jspecify.annotations.Nullable;

/**
 * One entry of an apprentice's timeline: what happened, on which date, who recorded it
 * and, for a change of status, the status before and after. Never changed once written.
 */
@Entity
@Table(name = "apprentice_events")
class ApprenticeEvent extends BaseEntity {

	static final int DETAIL_MAX_LENGTH = 1000;

	@Column(name = "apprentice_id", nullable = false, updatable = false)
	private long apprenticeId;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 30, updatable = false)
	private ApprenticeEventKind kind;

	@Column(name = "occurred_on", nullable = false, updatable = false)
	private LocalDate occurredOn;

	@Column(name = "recorded_at", nullable = false, updatable = false)
	private Instant recordedAt;

	@Enumerated(EnumType.STRING)
	@Column(name = "from_status", length = 20, updatable = false)
	private @Nullable ApprenticeStatus fromStatus;

	@Enumerated(EnumType.STRING)
	@Column(name = "to_status", length = 20, updatable = false)
	private @Nullable ApprenticeStatus toStatus;

	@Column(length = DETAIL_MAX_LENGTH, updatable = false)
	private @Nullable String detail;

	@Column(name = "actor_account_id", updatable = false)
	private @Nullable Long actorAccountId;

	@Column(nullable = false, length = 320, updatable = false)
	private String actor;

	protected ApprenticeEvent() {
		this.kind = ApprenticeEventKind.ENROLLED;
		this.occurredOn = LocalDate.EPOCH;
		this.recordedAt = Instant.EPOCH;
		this.actor = "";
	}

	ApprenticeEvent(long apprenticeId, ApprenticeEventKind kind, LocalDate occurredOn, Instant recordedAt,
			@Nullable ApprenticeStatus fromStatus, @Nullable ApprenticeStatus toStatus, @Nullable String detail,
			Actor actor) {
		this.apprenticeId = apprenticeId;
		this.kind = kind;
		this.occurredOn = occurredOn;
		this.recordedAt = recordedAt;
		this.fromStatus = fromStatus;
		this.toStatus = toStatus;
		this.detail = (detail == null || detail.length() <= DETAIL_MAX_LENGTH) ? detail
				: detail.substring(0, DETAIL_MAX_LENGTH);
		this.actorAccountId = actor.accountId();
		this.actor = actor.name();
	}

	long getApprenticeId() {
		return this.apprenticeId;
	}

	TimelineEntry toEntry() {
		return new TimelineEntry(this.kind, this.occurredOn, this.fromStatus, this.toStatus, this.detail, this.actor,
				this.recordedAt);
	}

}
