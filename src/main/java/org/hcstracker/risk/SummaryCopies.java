package org.hcstracker.risk;

import java.util.Collection;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Keeps what the summaries copy from the apprentice in step when only that changes: the
 * coach, when a whole caseload moves in one step, and the name, when the apprentice's
 * account is renamed. Any other change works the whole summary out again
 * ({@link ApprenticeSummaries}).
 */
@Component
class SummaryCopies {

	private final JdbcClient jdbc;

	SummaryCopies(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Moves the summaries of apprentices moved together to another coach: one statement.
	 * @param ids the apprentices
	 * @param coachId their coach now
	 */
	@Transactional
	public void moveToCoach(Collection<Long> ids, long coachId) {
		if (!ids.isEmpty()) {
			this.jdbc.sql("update apprentice_summaries set coach_id = :coachId where apprentice_id in (:ids)")
				.param("coachId", coachId)
				.param("ids", ids)
				.update();
		}
	}

	/**
	 * Keeps the name on the summary of the apprentice with a renamed account: one
	 * statement.
	 * @param accountId the account
	 * @param name the new name
	 */
	@Transactional
	public void rename(long accountId, String name) {
		this.jdbc.sql("""
				update apprentice_summaries set name = :name
				where apprentice_id in (select ap.id from apprentices ap where ap.account_id = :accountId)
				""").param("name", name).param("accountId", accountId).update();
	}

}
