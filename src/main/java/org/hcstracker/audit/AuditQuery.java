package org.hcstracker.audit;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * Which audit events to read. Every part is optional; dates are Europe/London dates and
 * both ends are included.
 *
 * @param apprenticeIds only events about one of these apprentices, or about any when null
 * @param actorAccountIds only events made by one of these accounts, or by anyone when
 * null
 * @param from only events on or after this date
 * @param to only events on or before this date
 */
public record AuditQuery(@Nullable Collection<Long> apprenticeIds, @Nullable Collection<Long> actorAccountIds,
		@Nullable LocalDate from, @Nullable LocalDate to) {

	/**
	 * Every event about one apprentice.
	 * @param apprenticeId the apprentice
	 * @return the query
	 */
	public static AuditQuery aboutApprentice(long apprenticeId) {
		return new AuditQuery(List.of(apprenticeId), null, null, null);
	}

	/**
	 * Whether the query cannot match anything, because a filter names no one.
	 * @return true if it matches nothing
	 */
	public boolean matchesNothing() {
		return (this.apprenticeIds != null && this.apprenticeIds.isEmpty())
				|| (this.actorAccountIds != null && this.actorAccountIds.isEmpty());
	}

}
