package org.hcstracker.notifications;

import java.util.LinkedHashSet;
import java.util.Set;

import org.hcstracker.epa.EpaChanged;
import org.hcstracker.gateway.GatewayChanged;
import org.hcstracker.people.AccountService;
import org.hcstracker.people.AccountView;
import org.hcstracker.people.Role;
import org.hcstracker.portfolio.EvidenceChanged;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Turns the apprentice's milestones (a gateway decision waiting or taken, an assessor
 * assigned, the grade confirmed, the certificate requested or issued) and the messages in
 * an evidence's conversation into messages in the outbox, just before the change's
 * transaction commits, so that a change and its messages are kept or lost together. Only
 * enabled accounts are written to.
 */
@Component
class MilestoneNotices {

	private final Outbox outbox;

	private final AccountService accounts;

	MilestoneNotices(Outbox outbox, AccountService accounts) {
		this.outbox = outbox;
		this.accounts = accounts;
	}

	/**
	 * A gateway waiting for the line manager asks them to decide, with reminders; any
	 * other change ends the request; an approval tells every administrator.
	 * @param event the change
	 */
	@TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT, fallbackExecution = true)
	void on(GatewayChanged event) {
		if (!event.decisionWaiting()) {
			this.outbox.endGatewayDecisionRequests(event.apprenticeId(), event.lineManagerId());
		}
		if (event.decisionWaiting()) {
			AccountView lineManager = this.accounts.find(event.lineManagerId());
			if (lineManager.enabled()) {
				this.outbox.writeGatewayDecisionRequest(facts(NotificationKind.GATEWAY_DECISION, lineManager,
						event.apprenticeId(), apprenticeName(event.apprenticeAccountId()), null));
			}
		}
		else if ("GATEWAY_APPROVED".equals(event.action())) {
			String name = apprenticeName(event.apprenticeAccountId());
			for (AccountView admin : this.accounts.enabledAccountsWithRole(Role.ADMIN)) {
				this.outbox.write(facts(NotificationKind.GATEWAY_APPROVED, admin, event.apprenticeId(), name, null));
			}
		}
	}

	/**
	 * An assessor assigned hears of it; the grade confirmed and the certificate issued
	 * are told to the apprentice, the coach and the line manager; a certificate requested
	 * asks every administrator to record its issue.
	 * @param event the change
	 */
	@TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT, fallbackExecution = true)
	void on(EpaChanged event) {
		switch (event.action()) {
			case "EPA_ASSESSOR_ASSIGNED" -> {
				Long assessorId = event.assessorId();
				if (assessorId != null) {
					writeTo(NotificationKind.ASSESSOR_ASSIGNED, Set.of(assessorId), event.apprenticeId(),
							apprenticeName(event.apprenticeAccountId()));
				}
			}
			case "EPA_GRADE_CONFIRMED" -> writeTo(NotificationKind.GRADE_CONFIRMED, parties(event),
					event.apprenticeId(), apprenticeName(event.apprenticeAccountId()));
			case "EPA_CERTIFICATE_ISSUED" -> writeTo(NotificationKind.CERTIFICATE_ISSUED, parties(event),
					event.apprenticeId(), apprenticeName(event.apprenticeAccountId()));
			case "EPA_CERTIFICATE_REQUESTED" -> {
				String name = apprenticeName(event.apprenticeAccountId());
				for (AccountView admin : this.accounts.enabledAccountsWithRole(Role.ADMIN)) {
					this.outbox
						.write(facts(NotificationKind.CERTIFICATE_TO_RECORD, admin, event.apprenticeId(), name, null));
				}
			}
			default -> {
			}
		}
	}

	/**
	 * A message in an evidence's conversation is told to the other party: the coach when
	 * the apprentice wrote, the apprentice when the coach did.
	 * @param event the change
	 */
	@TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT, fallbackExecution = true)
	void on(EvidenceChanged event) {
		if (!"EVIDENCE_MESSAGE_POSTED".equals(event.action()) || event.apprenticeAccountId() == 0
				|| event.coachId() == 0) {
			return;
		}
		long other = (event.actorId() == event.apprenticeAccountId()) ? event.coachId() : event.apprenticeAccountId();
		if (other == event.actorId()) {
			return;
		}
		AccountView recipient = this.accounts.find(other);
		if (recipient.enabled()) {
			this.outbox.write(new NotificationFacts(NotificationKind.EVIDENCE_MESSAGE, recipient, event.apprenticeId(),
					apprenticeName(event.apprenticeAccountId()), event.evidenceId(), event.title(), null, null, null));
		}
	}

	private static Set<Long> parties(EpaChanged event) {
		Set<Long> ids = new LinkedHashSet<>();
		ids.add(event.apprenticeAccountId());
		ids.add(event.coachId());
		ids.add(event.lineManagerId());
		return ids;
	}

	private void writeTo(NotificationKind kind, Set<Long> recipientIds, long apprenticeId, String apprenticeName) {
		for (long id : recipientIds) {
			AccountView recipient = this.accounts.find(id);
			if (recipient.enabled()) {
				this.outbox.write(facts(kind, recipient, apprenticeId, apprenticeName, null));
			}
		}
	}

	private String apprenticeName(long apprenticeAccountId) {
		return this.accounts.find(apprenticeAccountId).name();
	}

	/**
	 * The facts of a message about the apprentice as a whole: its subject is the
	 * apprentice.
	 */
	private static NotificationFacts facts(NotificationKind kind, AccountView recipient, long apprenticeId,
			String apprenticeName, @org.jspecify.annotations.Nullable String detail) {
		return new NotificationFacts(kind, recipient, apprenticeId, apprenticeName, apprenticeId, detail, null, null,
				null);
	}

}
