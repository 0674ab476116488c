package org.hcstracker.progress;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

import org.hcstracker.shared.Formats;
import org.jspecify.annotations.Nullable;

/**
 * An off-the-job entry as pages show it.
 *
 * @param id the entry
 * @param activityDate the date of the training
 * @param hours its hours
 * @param activity what kind of training
 * @param note the apprentice's note
 * @param status where it is with the coach
 * @param queryReason the coach's reason, if queried (kept once amended and approved)
 * @param queriedAt when the coach queried it, if they did
 * @param version its version, for the next change
 */
public record OffTheJobEntryView(long id, LocalDate activityDate, BigDecimal hours, OffTheJobActivity activity,
		@Nullable String note, OffTheJobStatus status, @Nullable String queryReason, @Nullable Instant queriedAt,
		long version) {

	public String hoursText() {
		return Formats.number(this.hours);
	}

	/**
	 * Whether the entry was approved after the coach had queried it: the query stays in
	 * its history.
	 * @return true when approved with a query reason kept
	 */
	public boolean approvedAfterQuery() {
		return this.status == OffTheJobStatus.APPROVED && this.queryReason != null;
	}

}
