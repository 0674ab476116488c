package org.hcstracker.progress;

/**
 * Published in the transaction of any change to an off-the-job entry (recorded, amended,
 * approved, queried).
 *
 * @param apprenticeId the apprentice whose entry it is
 * @param entryId the entry, or 0 when several changed together
 * @param action what changed, as the audit trail names it ({@code OFF_THE_JOB_QUERIED},
 * …)
 * @param apprenticeAccountId the apprentice's account
 * @param description the entry's date, as written for people, or empty
 */
public record OffTheJobChanged(long apprenticeId, long entryId, String action, long apprenticeAccountId,
		String description) {

}
