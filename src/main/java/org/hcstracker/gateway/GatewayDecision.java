package org.hcstracker.gateway;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import org.hcstracker.gateway.GatewayActions.Refusal;
import org.hcstracker.programme.ApprenticeStatus;
import org.hcstracker.shared.BaseEntity;
import org.hcstracker.shared.TypedText;
import org.jspecify.annotations.Nullable;

/**
 * A line manager's gateway decision: approved (with the EPAO), declined or an approval
 * withdrawn (each with a reason). Made only when the apprentice's status and readiness
 * allow it, by the rules the checklist offers it by; never changed; the latest is the one
 * that stands.
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

	@Column(name = "from_emailed_link", nullable = false, updatable = false)
	private boolean fromEmailedLink;

	protected GatewayDecision() {
		this.kind = Kind.DECLINED;
		this.decidedByName = "";
		this.decidedAt = Instant.EPOCH;
	}

	private GatewayDecision(long apprenticeId, Kind kind, @Nullable Long epaoId, @Nullable TypedText reason,
			RecordedBy lineManager) {
		this.apprenticeId = apprenticeId;
		this.kind = kind;
		this.epaoId = epaoId;
		this.reason = (reason != null) ? reason.value() : null;
		this.decidedBy = lineManager.accountId();
		this.decidedByName = lineManager.name();
		this.decidedAt = lineManager.at();
	}

	/**
	 * Gateway approved, with the EPAO: only for an apprentice on programme who is ready.
	 * @param apprenticeId the apprentice
	 * @param status their status now
	 * @param readiness their readiness now
	 * @param epaoId the end-point assessment organisation
	 * @param lineManager who decided, and when
	 * @return the decision
	 * @throws GatewayRuleException if the status or readiness does not allow it
	 */
	static GatewayDecision approval(long apprenticeId, ApprenticeStatus status, Readiness readiness, long epaoId,
			RecordedBy lineManager) {
		refuseIf(GatewayRules.approvalRefusal(status, readiness));
		return new GatewayDecision(apprenticeId, Kind.APPROVED, epaoId, null, lineManager);
	}

	/**
	 * Gateway declined for now, with a reason: only for an apprentice on programme.
	 * @param apprenticeId the apprentice
	 * @param status their status now
	 * @param reason why, as typed
	 * @param lineManager who decided, and when
	 * @return the decision
	 * @throws GatewayRuleException if the status does not allow it, then if the reason is
	 * missing, too long or holds a control character
	 */
	static GatewayDecision decline(long apprenticeId, ApprenticeStatus status, @Nullable String reason,
			RecordedBy lineManager) {
		refuseIf(GatewayRules.declineRefusal(status));
		return new GatewayDecision(apprenticeId, Kind.DECLINED, null, checkedReason(reason), lineManager);
	}

	/**
	 * An approval withdrawn, with a reason: only at gateway, before an assessor is
	 * assigned.
	 * @param apprenticeId the apprentice
	 * @param status their status now
	 * @param reason why, as typed
	 * @param lineManager who decided, and when
	 * @return the decision
	 * @throws GatewayRuleException if the status does not allow it, then if the reason is
	 * missing, too long or holds a control character
	 */
	static GatewayDecision withdrawal(long apprenticeId, ApprenticeStatus status, @Nullable String reason,
			RecordedBy lineManager) {
		refuseIf(GatewayRules.withdrawalRefusal(status));
		return new GatewayDecision(apprenticeId, Kind.WITHDRAWN, null, checkedReason(reason), lineManager);
	}

	private static void refuseIf(@Nullable Refusal refusal) {
		if (refusal != null) {
			throw refusal.exception();
		}
	}

	private static TypedText checkedReason(@Nullable String reason) {
		return TypedText.required(reason, REASON_MAX_LENGTH,
				(problem) -> new GatewayRuleException("gateway.reason.required"));
	}

	/**
	 * The same decision, taken from the one-time link emailed to the line manager rather
	 * than signed in; only before it is saved.
	 * @return this decision
	 */
	GatewayDecision fromEmailedLink() {
		if (getId() != null) {
			throw new IllegalStateException("A decision taken is never changed");
		}
		this.fromEmailedLink = true;
		return this;
	}

	Kind getKind() {
		return this.kind;
	}

	/**
	 * The decision as the audit trail keeps it.
	 * @return what was decided, with the EPAO or the reason
	 */
	String forAudit() {
		return this.kind + ((this.epaoId != null) ? "; EPAO " + this.epaoId : "")
				+ ((this.reason != null) ? "; " + this.reason : "")
				+ (this.fromEmailedLink ? "; decided from an emailed link" : "");
	}

	/**
	 * The reason given, for a decline or a withdrawal.
	 * @return the reason
	 * @throws IllegalStateException for an approval, which has none
	 */
	String requireReason() {
		if (this.reason == null) {
			throw new IllegalStateException("An approval has no reason");
		}
		return this.reason;
	}

	DecisionView toView() {
		return new DecisionView(this.kind, this.reason, this.decidedByName, this.decidedAt, this.fromEmailedLink);
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
	 * @param fromEmailedLink whether it was taken from the one-time link emailed to the
	 * line manager
	 */
	public record DecisionView(Kind kind, @Nullable String reason, String decidedBy, Instant decidedAt,
			boolean fromEmailedLink) {
	}

}
