package org.hcstracker.gateway;

import org.hcstracker.audit.AuditRecord;
import org.hcstracker.audit.AuditService;
import org.hcstracker.people.CurrentUser;
import org.hcstracker.programme.ApprenticeRef;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * Records each change of a gateway in the audit trail and tells of it as a
 * {@link GatewayChanged}, in the change's transaction: after an item recorded, whether
 * the checklist now waits for the line manager's decision, by the rule an approval is
 * checked by; after a decision, that it no longer does.
 */
@Component
class GatewayJournal {

	private final AuditService audit;

	private final ApprenticeReadiness readiness;

	private final ApplicationEventPublisher events;

	GatewayJournal(AuditService audit, ApprenticeReadiness readiness, ApplicationEventPublisher events) {
		this.audit = audit;
		this.readiness = readiness;
		this.events = events;
	}

	/**
	 * An item recorded by the coach.
	 * @param ref the apprentice
	 * @param saved the record, as saved
	 * @param coach who recorded it
	 */
	void itemRecorded(ApprenticeRef ref, GatewayRecord saved, CurrentUser coach) {
		this.audit.record(AuditRecord.of(coach.asActor(), "GATEWAY_ITEM_RECORDED", "GatewayRecord", saved.requireId())
			.apprentice(ref.id())
			.after(saved.toView().forAudit()));
		boolean waiting = GatewayRules.approvalRefusal(ref.status(),
				this.readiness.assess(ref, coach).readiness()) == null;
		this.events.publishEvent(new GatewayChanged(ref.id(), "GATEWAY_ITEM_RECORDED", ref.accountId(), ref.coachId(),
				ref.lineManagerId(), waiting));
	}

	/**
	 * A decision taken by the line manager.
	 * @param ref the apprentice
	 * @param saved the decision, as saved
	 * @param lineManager who decided
	 */
	void decided(ApprenticeRef ref, GatewayDecision saved, CurrentUser lineManager) {
		String action = "GATEWAY_" + saved.getKind();
		this.audit.record(AuditRecord.of(lineManager.asActor(), action, "GatewayDecision", saved.requireId())
			.apprentice(ref.id())
			.after(saved.forAudit()));
		this.events.publishEvent(
				new GatewayChanged(ref.id(), action, ref.accountId(), ref.coachId(), ref.lineManagerId(), false));
	}

}
