package org.hcstracker.notifications;

import org.hcstracker.people.AccountService;
import org.hcstracker.people.AccountView;
import org.hcstracker.people.CurrentUser;
import org.hcstracker.portfolio.EvidenceChanged;
import org.hcstracker.programme.ApprenticeDirectory;
import org.hcstracker.programme.ApprenticeRef;
import org.hcstracker.progress.OffTheJobChanged;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Tells the coach of the apprentice what waits for them: a piece of evidence submitted
 * (or submitted again) for review, and off-the-job hours logged for approval. Written, as
 * every message, just before the change's transaction commits; received in a daily digest
 * unless the coach chooses otherwise.
 */
@Component
class CoachNotices {

	private final Outbox outbox;

	private final AccountService accounts;

	private final ApprenticeDirectory apprentices;

	CoachNotices(Outbox outbox, AccountService accounts, ApprenticeDirectory apprentices) {
		this.outbox = outbox;
		this.accounts = accounts;
		this.apprentices = apprentices;
	}

	@TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT, fallbackExecution = true)
	void on(EvidenceChanged event) {
		if (event.action().equals("EVIDENCE_SUBMITTED") && event.apprenticeAccountId() != 0
				&& event.evidenceId() != 0) {
			toCoach(NotificationKind.EVIDENCE_SUBMITTED, event.apprenticeId(), event.apprenticeAccountId(),
					event.evidenceId(), event.title());
		}
	}

	@TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT, fallbackExecution = true)
	void on(OffTheJobChanged event) {
		if (event.action().equals("OFF_THE_JOB_RECORDED") && event.apprenticeAccountId() != 0 && event.entryId() != 0) {
			toCoach(NotificationKind.HOURS_LOGGED, event.apprenticeId(), event.apprenticeAccountId(), event.entryId(),
					event.description());
		}
	}

	private void toCoach(NotificationKind kind, long apprenticeId, long apprenticeAccountId, long subjectId,
			String detail) {
		AccountView apprentice = this.accounts.find(apprenticeAccountId);
		ApprenticeRef ref = this.apprentices.reference(apprenticeId, CurrentUser.of(apprentice.id(), apprentice.email(),
				apprentice.name(), apprentice.role(), apprentice.organisationId()));
		AccountView coach = this.accounts.find(ref.coachId());
		if (coach.enabled()) {
			this.outbox.write(new NotificationFacts(kind, coach, apprenticeId, apprentice.name(), subjectId, detail,
					null, null, null));
		}
	}

}
