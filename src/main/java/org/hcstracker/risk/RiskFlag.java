package org.hcstracker.risk;

/**
 * A reason an apprentice on programme may need help. Each has its words
 * ({@code risk.flag.<name>}) and what would clear it ({@code risk.clear.<name>}).
 */
enum RiskFlag {

	/** The coach rated the latest review held red. */
	COACH_RATED_RED,

	/**
	 * The coach rated the latest review held amber, where amber ratings count
	 * ({@code hcs.risk.coach-amber-counts}).
	 */
	COACH_RATED_AMBER,

	/** The next progress review is past its due date. */
	REVIEW_OVERDUE,

	/** Off-the-job hours are behind the hours expected by now by more than the margin. */
	OTJ_BEHIND,

	/** No evidence submitted for longer than allowed. */
	NO_RECENT_EVIDENCE,

	/** Evidence has waited for the coach's review for more working days than allowed. */
	EVIDENCE_WAITING,

	/** The planned end date has passed while still on programme. */
	PAST_PLANNED_END

}
