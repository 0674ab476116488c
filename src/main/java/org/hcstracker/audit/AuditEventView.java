package org.hcstracker.audit;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * A recorded state change as the audit log shows it.
 *
 * @param id its id
 * @param occurredAt when it happened
 * @param actorAccountId the account that made it, or null for the application itself
 * @param actor who made it, in words
 * @param action what was done
 * @param subjectType the kind of object changed
 * @param subjectId its id
 * @param apprenticeId the apprentice it concerns, if any
 * @param before the state before, if any
 * @param after the state after, if any
 */
public record AuditEventView(long id, Instant occurredAt, @Nullable Long actorAccountId, String actor, String action,
		String subjectType, long subjectId, @Nullable Long apprenticeId, @Nullable String before,
		@Nullable String after) {
}
