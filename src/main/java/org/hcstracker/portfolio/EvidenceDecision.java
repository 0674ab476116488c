package org.hcstracker.portfolio;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import org.hcstracker.shared.BaseEntity;
import org.jspecify.annotations.Nullable;

/**
 * A coach's decision on a piece of evidence, with its feedback. The history of decisions
 * stays with the evidence; none is ever changed.
 */
@Entity
@Table(name = "evidence_decisions")
class EvidenceDecision extends BaseEntity {

	static final int FEEDBACK_MAX_LENGTH = Feedback.MAX_LENGTH;

	@Column(name = "evidence_id", nullable = false, updatable = false)
	private long evidenceId;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 20, updatable = false)
	private EvidenceStatus outcome;

	@Column(length = FEEDBACK_MAX_LENGTH, updatable = false)
	private @Nullable String feedback;

	@Column(name = "coach_account_id", nullable = false, updatable = false)
	private long coachAccountId;

	@Column(name = "coach_name", nullable = false, length = 200, updatable = false)
	private String coachName;

	@Column(name = "decided_at", nullable = false, updatable = false)
	private Instant decidedAt;

	protected EvidenceDecision() {
		this.outcome = EvidenceStatus.ACCEPTED;
		this.coachName = "";
		this.decidedAt = Instant.EPOCH;
	}

	EvidenceDecision(long evidenceId, EvidenceStatus outcome, @Nullable String feedback, long coachAccountId,
			String coachName, Instant decidedAt) {
		this.evidenceId = evidenceId;
		this.outcome = outcome;
		this.feedback = feedback;
		this.coachAccountId = coachAccountId;
		this.coachName = coachName;
		this.decidedAt = decidedAt;
	}

	FeedbackView toView() {
		return new FeedbackView(this.evidenceId, this.outcome, this.feedback, this.coachName, this.decidedAt);
	}

}
