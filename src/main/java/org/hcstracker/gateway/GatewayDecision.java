package org.hcstracker.gateway;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import org.hcstracker.shared.BaseEntity;
import org.jspecify.annotations.Nullable;

/**
 * A line manager's gateway decision: approved (with the EPAO), declined or an approval
 * withdrawn (each with a reason). Never changed; the latest is the one that stands.
 */
@Entity
@Table(name = "gateway_decisions")
class GatewayDecision extends BaseEntity {

	static final int REASON_MAX_LENGTH = 1000;

	@Column(name = "apprentice_id", nullable = false, updatable = false)
	private long apprenticeId;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, updatable = false, length = 20)
	private Kind kind;

	@Column(name = "epao_id", updatable = false)
	private @Nullable Long epaoId;

	@Column(updatable = false, length = REASON_MAX_LENGTH)
	private @Nullable String reason;

	@Column(name = "decided_by", nullable = false, updatable = false)
	private long decidedBy;

	@Column(name = "decided_by_name", nullable = false, updatable = false, length = 200)
	private String decidedByName;

	@Column(name = "decided_at", nullable = false, updatable = false)
	private Instant decidedAt;

	protected GatewayDecision() {
		this.kind = Kind.DECLINED;
		this.decidedByName = "";
		this.decidedAt = Instant.EPOCH;
	}

	GatewayDecision(long apprenticeId, Kind kind, @Nullable Long epaoId, @Nullable String reason, long decidedBy,
			String decidedByName, Instant decidedAt) {
		this.apprenticeId = apprenticeId;
		this.kind = kind;
		this.epaoId = epaoId;
		this.reason = reason;
		this.decidedBy = decidedBy;
		this.decidedByName = decidedByName;
		this.decidedAt = decidedAt;
	}

	DecisionView toView() {
		return new DecisionView(this.kind, this.reason, this.decidedByName, this.decidedAt);
	}

	/**
	 * What was decided.
	 */
	public enum Kind {

		/** Gateway approved. */
		APPROVED,

		/** Not ready yet, with a reason. */
		DECLINED,

		/** An approval taken back before an assessor was assigned, with a reason. */
		WITHDRAWN

	}

	/**
	 * A decision as pages show it.
	 *
	 * @param kind what was decided
	 * @param reason why (none for an approval)
	 * @param decidedBy who decided
	 * @param decidedAt when
	 */
	public record DecisionView(Kind kind, @Nullable String reason, String decidedBy, Instant decidedAt) {
	}

}
