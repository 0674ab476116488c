package org.hcstracker.risk;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import org.hcstracker.progress.OffTheJobChanged;
import org.hcstracker.progress.ProgressReviewChanged;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionSynchronizationUtils;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The summaries a transaction's changes move are worked out once for each apprentice,
 * just before it commits, however many changes it made; outside a transaction, at once.
 */
class SummaryListenerTests {

	private final List<List<Long>> refreshes = new ArrayList<>();

	private final SummaryListener listener = new SummaryListener(new CountingSummaries(this.refreshes), null, null);

	@AfterEach
	void endTheTransaction() {
		if (TransactionSynchronizationManager.isSynchronizationActive()) {
			TransactionSynchronizationUtils.triggerAfterCompletion(0);
			TransactionSynchronizationManager.clearSynchronization();
		}
		TransactionSynchronizationManager.setActualTransactionActive(false);
	}

	@Test
	void manyChangesInOneTransactionRefreshEachApprenticeOnceBeforeItCommits() {
		TransactionSynchronizationManager.initSynchronization();
		TransactionSynchronizationManager.setActualTransactionActive(true);

		for (long entry = 1; entry <= 20; entry++) {
			this.listener.on(new OffTheJobChanged(7, entry, "OFF_THE_JOB_APPROVED", 70, "Study day"));
		}
		this.listener.on(new OffTheJobChanged(8, 21, "OFF_THE_JOB_APPROVED", 80, "Workbook"));
		assertThat(this.refreshes).as("nothing until the transaction commits").isEmpty();

		TransactionSynchronizationUtils.triggerBeforeCommit(false);

		assertThat(this.refreshes).containsExactly(List.of(7L, 8L));
		TransactionSynchronizationUtils.triggerAfterCompletion(0);
		assertThat(TransactionSynchronizationManager.getResource(this.listener))
			.as("the next transaction starts afresh")
			.isNull();
	}

	@Test
	void aChangeOutsideATransactionRefreshesAtOnce() {
		this.listener
			.on(new ProgressReviewChanged(9, 3, "REVIEW_SCHEDULED", 90, 91, null, null, null, null, false, false));

		assertThat(this.refreshes).containsExactly(List.of(9L));
	}

	/** Notes each refresh asked for instead of working it out. */
	private static final class CountingSummaries extends ApprenticeSummaries {

		private final List<List<Long>> refreshes;

		CountingSummaries(List<List<Long>> refreshes) {
			super(null, null, null, null, new RiskProperties(10, 8, 10, 1, 2, List.of()), null);
			this.refreshes = refreshes;
		}

		@Override
		public void refresh(Collection<Long> ids) {
			this.refreshes.add(List.copyOf(ids));
		}

	}

}
