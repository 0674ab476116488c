package org.hcstracker.audit;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * Which audit events to read. Every part is optional; dates are Europe/London dates and
 * both ends are included.
 *
 * @param apprenticeId only events about this apprentice
 * @param actorAccountId only events made by this account
 * @param from only events on or after this date
 * @param to only events on or before this date
 */
public record AuditQuery(@Nullable Long apprenticeId, @Nullable Long actorAccountId, @Nullable LocalDate from,
		@Nullable LocalDate to) {
}
