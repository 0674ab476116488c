package org.hcstracker.portfolio;

import org.hcstracker.audit.AuditRecord;
import org.hcstracker.audit.AuditService;
import org.hcstracker.people.CurrentUser;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * Records each change of a piece of evidence in the audit trail and tells the modules
 * that keep figures about the apprentice, in the change's transaction.
 */
@Component
class EvidenceJournal {

	private final AuditService audit;

	private final ApplicationEventPublisher events;

	EvidenceJournal(AuditService audit, ApplicationEventPublisher events) {
		this.audit = audit;
		this.events = events;
	}

	/**
	 * Records a change of the evidence's content or status.
	 * @param item the evidence, as changed
	 * @param action the audit action
	 * @param before its status before, or null for new evidence
	 * @param actor who changed it
	 * @param apprenticeAccountId the apprentice's account
	 */
	void changed(Evidence item, String action, @Nullable EvidenceStatus before, CurrentUser actor,
			long apprenticeAccountId) {
		this.audit.record(AuditRecord.of(actor.asActor(), action, "Evidence", item.requireId())
			.apprentice(item.getApprenticeId())
			.before((before != null) ? before.name() : null)
			.after(item.getStatus() + ": " + item.getTitle()));
		this.events.publishEvent(new EvidenceChanged(item.getApprenticeId(), item.requireId(), action, item.getTitle(),
				apprenticeAccountId));
	}

	/**
	 * Records a message written in the conversation on the evidence, and tells of it so
	 * that the other party hears; its status and the apprentice's figures do not change.
	 * @param item the evidence
	 * @param actor who wrote the message
	 * @param apprenticeAccountId the apprentice's account
	 * @param coachId the apprentice's coach's account
	 */
	void messagePosted(Evidence item, CurrentUser actor, long apprenticeAccountId, long coachId) {
		this.audit.record(AuditRecord.of(actor.asActor(), "EVIDENCE_MESSAGE_POSTED", "Evidence", item.requireId())
			.apprentice(item.getApprenticeId())
			.after(item.getStatus() + ": " + item.getTitle()));
		this.events.publishEvent(new EvidenceChanged(item.getApprenticeId(), item.requireId(),
				"EVIDENCE_MESSAGE_POSTED", item.getTitle(), apprenticeAccountId, actor.accountId(), coachId));
	}

}
