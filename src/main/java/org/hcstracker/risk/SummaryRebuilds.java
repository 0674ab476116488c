package org.hcstracker.risk;

import java.util.List;

import org.hcstracker.programme.ApprenticeFacts;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Works out the apprentices' summaries again in bulk: everyone's, when the administrator
 * asks, and on start-up those missing or worked out with other settings. A batch at a
 * time, each in its own transaction.
 */
@Component
class SummaryRebuilds {

	/**
	 * Apprentices worked out together when rebuilding, each batch in its own transaction.
	 */
	static final int BATCH = 500;

	private final ApprenticeSummaries summaries;

	private final ApprenticeFacts apprentices;

	private final JdbcClient jdbc;

	private final TransactionTemplate transactions;

	private final String rules;

	SummaryRebuilds(ApprenticeSummaries summaries, ApprenticeFacts apprentices, RiskProperties properties,
			JdbcClient jdbc, TransactionTemplate transactions) {
		this.summaries = summaries;
		this.apprentices = apprentices;
		this.jdbc = jdbc;
		this.transactions = transactions;
		this.rules = ApprenticeSummaries.fingerprint(properties);
	}

	/**
	 * Works out every apprentice's summary again, a batch at a time.
	 * @return how many apprentices' summaries were worked out
	 */
	public int rebuildAll() {
		return refreshInBatches(this.apprentices.allIds());
	}

	/**
	 * Works out again the summaries that are missing or were worked out with other
	 * settings: one statement when there are none.
	 * @return how many were worked out
	 */
	public int refreshStale() {
		List<Long> stale = this.jdbc.sql("""
				select ap.id from apprentices ap
					left join apprentice_summaries s on s.apprentice_id = ap.id
				where s.apprentice_id is null or s.rules <> :rules
				order by ap.id
				""").param("rules", this.rules).query(Long.class).list();
		return refreshInBatches(stale);
	}

	private int refreshInBatches(List<Long> ids) {
		for (int from = 0; from < ids.size(); from += BATCH) {
			List<Long> batch = ids.subList(from, Math.min(from + BATCH, ids.size()));
			this.transactions.executeWithoutResult((status) -> this.summaries.refresh(batch));
		}
		return ids.size();
	}

}
