package org.hcstracker.risk;

import java.util.List;

import org.hcstracker.people.AccountRenamed;
import org.hcstracker.portfolio.EvidenceChanged;
import org.hcstracker.programme.ApprenticeChanged;
import org.hcstracker.programme.CaseloadMoved;
import org.hcstracker.progress.OffTheJobChanged;
import org.hcstracker.progress.ProgressReviewChanged;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.Ordered;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Works out an apprentice's summary again whenever a lower module reports a change that
 * can move it, just before that change's transaction commits (so that the summary and the
 * change are kept or lost together), and on start-up for any summary missing or worked
 * out with other settings. A caseload moved in one step or a renamed apprentice moves
 * only the coach or name copied onto the summary.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class SummaryListener implements ApplicationRunner {

	private final ApprenticeSummaries summaries;

	private final SummaryCopies copies;

	private final SummaryRebuilds rebuilds;

	SummaryListener(ApprenticeSummaries summaries, SummaryCopies copies, SummaryRebuilds rebuilds) {
		this.summaries = summaries;
		this.copies = copies;
		this.rebuilds = rebuilds;
	}

	@TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT, fallbackExecution = true)
	void on(ApprenticeChanged event) {
		this.summaries.refresh(List.of(event.apprenticeId()));
	}

	@TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT, fallbackExecution = true)
	void on(EvidenceChanged event) {
		// A message in the evidence's conversation changes none of the figures.
		if (!"EVIDENCE_MESSAGE_POSTED".equals(event.action())) {
			this.summaries.refresh(List.of(event.apprenticeId()));
		}
	}

	@TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT, fallbackExecution = true)
	void on(OffTheJobChanged event) {
		this.summaries.refresh(List.of(event.apprenticeId()));
	}

	@TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT, fallbackExecution = true)
	void on(ProgressReviewChanged event) {
		this.summaries.refresh(List.of(event.apprenticeId()));
	}

	/** The coach is copied onto the summary, in the transaction of the move. */
	@EventListener
	void on(CaseloadMoved event) {
		this.copies.moveToCoach(event.apprenticeIds(), event.coachId());
	}

	/** The name is copied onto the summary, in the transaction of the rename. */
	@EventListener
	void on(AccountRenamed event) {
		this.copies.rename(event.accountId(), event.name());
	}

	@Override
	public void run(ApplicationArguments args) {
		this.rebuilds.refreshStale();
	}

}
