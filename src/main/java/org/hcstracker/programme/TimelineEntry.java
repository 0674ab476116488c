package org.hcstracker.programme;

import java.time.Instant;
import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * One entry of an apprentice's timeline as pages show it.
 *
 * @param kind what happened
 * @param occurredOn on which date
 * @param fromStatus the status before, for a change of status
 * @param toStatus the status after, for a change of status
 * @param detail a reason or what changed, in words
 * @param actor who recorded it
 * @param recordedAt when it was recorded
 */
public record TimelineEntry(ApprenticeEventKind kind, LocalDate occurredOn, @Nullable ApprenticeStatus fromStatus,
		@Nullable ApprenticeStatus toStatus, @Nullable String detail, String actor, Instant recordedAt) {
}
