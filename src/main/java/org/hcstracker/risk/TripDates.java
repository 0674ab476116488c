package org.hcstracker.risk;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * The first day on which each time-driven flag is raised for an apprentice on programme,
 * as long as nothing about them changes: a flag is up on any day on or after its date. A
 * flag that can never be raised on the facts as they are has no date. Kept per
 * apprentice, so that a list compares them with today in its one query.
 *
 * @param reviewOverdue the day after the next review's due date
 * @param otjBehind the first day the counted off-the-job hours fall behind by more than
 * the margin
 * @param evidenceWaiting the first day the oldest evidence waiting has waited more than
 * the working days allowed
 * @param noRecentEvidence the first day after the weeks allowed without a submission
 * @param pastPlannedEnd the day after the planned end date
 * @param coachRated the day the latest review held was held, when the coach's rating at
 * it is a flag
 */
record TripDates(@Nullable LocalDate reviewOverdue, @Nullable LocalDate otjBehind, @Nullable LocalDate evidenceWaiting,
		LocalDate noRecentEvidence, LocalDate pastPlannedEnd, @Nullable LocalDate coachRated) {

	static boolean raised(@Nullable LocalDate trip, LocalDate today) {
		return trip != null && !today.isBefore(trip);
	}

}
