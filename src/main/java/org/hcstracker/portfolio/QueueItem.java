package org.hcstracker.portfolio;

import java.time.Instant;

/**
 * Evidence waiting in a coach's review queue.
 *
 * @param evidenceId the evidence
 * @param apprenticeId whose it is
 * @param apprenticeName their name
 * @param title its title
 * @param type its kind
 * @param submittedAt when it was submitted
 */
record QueueItem(long evidenceId, long apprenticeId, String apprenticeName, String title, EvidenceType type,
		Instant submittedAt) {

	/**
	 * How many whole days the evidence has waited.
	 * @param now the time now
	 * @return the days waited
	 */
	public long daysWaiting(Instant now) {
		return Math.max(0, java.time.Duration.between(this.submittedAt, now).toDays());
	}

}
