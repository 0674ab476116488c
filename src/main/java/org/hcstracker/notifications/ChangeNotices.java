package org.hcstracker.notifications;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;

import org.hcstracker.people.AccountService;
import org.hcstracker.people.AccountView;
import org.hcstracker.portfolio.EvidenceChanged;
import org.hcstracker.progress.OffTheJobChanged;
import org.hcstracker.progress.ProgressReviewChanged;
import org.hcstracker.shared.UkTime;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Turns the changes the lower modules report (reviews, evidence, off-the-job entries)
 * into messages in the outbox, just before the change's transaction commits, so that a
 * change and its messages are kept or lost together.
 */
@Component
class ChangeNotices {

	/** The time a review scheduled without one is shown at in a calendar. */
	static final LocalTime DEFAULT_REVIEW_TIME = LocalTime.of(9, 0);

	private final Outbox outbox;

	private final AccountService accounts;

	ChangeNotices(Outbox outbox, AccountService accounts) {
		this.outbox = outbox;
		this.accounts = accounts;
	}

	@TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT, fallbackExecution = true)
	void on(ProgressReviewChanged event) {
		switch (event.action()) {
			case "REVIEW_SCHEDULED", "REVIEW_RESCHEDULED" -> scheduled(event);
			case "REVIEW_RECORDED" -> recorded(event);
			case "REVIEW_SIGNED" -> signed(event);
			case "REVIEW_CANCELLED" -> {
				this.outbox.endSignatureRequests(event.reviewId(), event.apprenticeAccountId());
				this.outbox.endSignatureRequests(event.reviewId(), event.lineManagerId());
			}
			default -> {
			}
		}
	}

	private void scheduled(ProgressReviewChanged event) {
		LocalDate date = event.scheduledFor();
		if (date == null) {
			return;
		}
		LocalTime given = event.scheduledTime();
		LocalTime time = (given != null) ? given : DEFAULT_REVIEW_TIME;
		Instant starts = date.atTime(time).atZone(UkTime.ZONE).toInstant();
		AccountView apprentice = this.accounts.find(event.apprenticeAccountId());
		for (AccountView recipient : new AccountView[] { apprentice, this.accounts.find(event.lineManagerId()) }) {
			write(new NotificationFacts(NotificationKind.REVIEW_SCHEDULED, recipient, event.apprenticeId(),
					apprentice.name(), event.reviewId(), null, starts, event.place(), event.onlineLink()));
		}
	}

	private void recorded(ProgressReviewChanged event) {
		AccountView apprentice = this.accounts.find(event.apprenticeAccountId());
		if (event.awaitingApprentice()) {
			requestSignature(event, apprentice, apprentice);
		}
		if (event.awaitingLineManager()) {
			requestSignature(event, this.accounts.find(event.lineManagerId()), apprentice);
		}
	}

	private void requestSignature(ProgressReviewChanged event, AccountView recipient, AccountView apprentice) {
		if (recipient.enabled()) {
			this.outbox.writeSignatureRequest(new NotificationFacts(NotificationKind.REVIEW_TO_SIGN, recipient,
					event.apprenticeId(), apprentice.name(), event.reviewId(), null, null, null, null));
		}
	}

	private void signed(ProgressReviewChanged event) {
		if (!event.awaitingApprentice()) {
			this.outbox.endSignatureRequests(event.reviewId(), event.apprenticeAccountId());
		}
		if (!event.awaitingLineManager()) {
			this.outbox.endSignatureRequests(event.reviewId(), event.lineManagerId());
		}
	}

	@TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT, fallbackExecution = true)
	void on(EvidenceChanged event) {
		@Nullable NotificationKind kind = switch (event.action()) {
			case "EVIDENCE_ACCEPTED" -> NotificationKind.EVIDENCE_ACCEPTED;
			case "EVIDENCE_RETURNED" -> NotificationKind.EVIDENCE_RETURNED;
			default -> null;
		};
		if (kind == null || event.apprenticeAccountId() == 0) {
			return;
		}
		AccountView apprentice = this.accounts.find(event.apprenticeAccountId());
		write(new NotificationFacts(kind, apprentice, event.apprenticeId(), apprentice.name(), event.evidenceId(),
				event.title(), null, null, null));
	}

	@TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT, fallbackExecution = true)
	void on(OffTheJobChanged event) {
		if (!event.action().equals("OFF_THE_JOB_QUERIED") || event.apprenticeAccountId() == 0) {
			return;
		}
		AccountView apprentice = this.accounts.find(event.apprenticeAccountId());
		write(new NotificationFacts(NotificationKind.HOURS_QUERIED, apprentice, event.apprenticeId(), apprentice.name(),
				event.entryId(), event.description(), null, null, null));
	}

	private void write(@Nullable NotificationFacts facts) {
		if (facts != null && facts.recipient().enabled()) {
			this.outbox.write(facts);
		}
	}

}
