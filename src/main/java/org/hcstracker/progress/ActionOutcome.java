package org.hcstracker.progress;

/**
 * What became of an action of the review before, as the coach records it at the next
 * review.
 */
public enum ActionOutcome {

	/** The apprentice did it. */
	DONE,

	/** Not done yet: it becomes an action of this review, with a new target date. */
	CARRIED_FORWARD,

	/** No longer needed. */
	DROPPED

}
