package org.hcstracker.risk;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

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
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Works out an apprentice's summary again whenever a lower module reports a change that
 * can move it, just before that change's transaction commits (so that the summary and the
 * change are kept or lost together), once for each apprentice however many changes the
 * transaction made (a month of hours approved in one step, say), and on start-up for any
 * summary missing or worked out with other settings. A caseload moved in one step or a
 * renamed apprentice moves only the coach or name copied onto the summary.
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

	@EventListener
	void on(ApprenticeChanged event) {
		refreshBeforeCommit(event.apprenticeId());
	}

	@EventListener
	void on(EvidenceChanged event) {
		// A message in the evidence's conversation changes none of the figures.
		if (!"EVIDENCE_MESSAGE_POSTED".equals(event.action())) {
			refreshBeforeCommit(event.apprenticeId());
		}
	}

	@EventListener
	void on(OffTheJobChanged event) {
		refreshBeforeCommit(event.apprenticeId());
	}

	@EventListener
	void on(ProgressReviewChanged event) {
		refreshBeforeCommit(event.apprenticeId());
	}

	/**
	 * Notes the apprentice for the refresh just before the transaction commits, which the
	 * transaction's first change registers; outside a transaction, refreshes at once.
	 */
	private void refreshBeforeCommit(long apprenticeId) {
		if (!TransactionSynchronizationManager.isSynchronizationActive()
				|| !TransactionSynchronizationManager.isActualTransactionActive()) {
			this.summaries.refresh(List.of(apprenticeId));
			return;
		}
		Pending pending = (Pending) TransactionSynchronizationManager.getResource(this);
		if (pending == null) {
			pending = new Pending();
			TransactionSynchronizationManager.bindResource(this, pending);
			TransactionSynchronizationManager.registerSynchronization(pending);
		}
		pending.apprenticeIds.add(apprenticeId);
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

	/** The apprentices one transaction changed, refreshed before it commits. */
	private final class Pending implements TransactionSynchronization {

		private final Set<Long> apprenticeIds = new LinkedHashSet<>();

		@Override
		public int getOrder() {
			return Ordered.HIGHEST_PRECEDENCE;
		}

		@Override
		public void beforeCommit(boolean readOnly) {
			SummaryListener.this.summaries.refresh(List.copyOf(this.apprenticeIds));
		}

		@Override
		public void afterCompletion(int status) {
			TransactionSynchronizationManager.unbindResourceIfPossible(SummaryListener.this);
		}

	}

}
