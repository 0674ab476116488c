package org.hcstracker.progress;

import java.time.LocalDate;
import java.time.LocalTime;

import org.jspecify.annotations.Nullable;

/**
 * A review scheduled and not yet held, as a calendar shows it.
 *
 * @param id the review
 * @param apprenticeId the apprentice
 * @param date the date
 * @param time the time it starts, if scheduled with one
 * @param place where, if a place was given
 * @param onlineLink the link to join online, if given
 */
public record ScheduledReview(long id, long apprenticeId, LocalDate date, @Nullable LocalTime time,
		@Nullable String place, @Nullable String onlineLink) {
}
