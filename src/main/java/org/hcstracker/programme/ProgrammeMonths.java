package org.hcstracker.programme;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

import org.jspecify.annotations.Nullable;

/**
 * Months on programme, counted the way a coach reads them: whole months from the start.
 */
final class ProgrammeMonths {

	private ProgrammeMonths() {
	}

	static long elapsed(LocalDate start, LocalDate today, @Nullable LocalDate breakStartedOn,
			@Nullable LocalDate withdrawnOn) {
		return Math.max(0, ChronoUnit.MONTHS.between(start, until(today, breakStartedOn, withdrawnOn)));
	}

	/**
	 * Whole months past the planned end date, counted up to the same day as
	 * {@link #elapsed}.
	 * @param plannedEnd the planned end date
	 * @param today today
	 * @param breakStartedOn the first day of a break in learning under way, if any
	 * @param withdrawnOn the day of withdrawal, if any
	 * @return the whole months past the planned end (0 in its first month past it), or -1
	 * when the planned end has not passed
	 */
	static long pastPlannedEnd(LocalDate plannedEnd, LocalDate today, @Nullable LocalDate breakStartedOn,
			@Nullable LocalDate withdrawnOn) {
		LocalDate until = until(today, breakStartedOn, withdrawnOn);
		return until.isAfter(plannedEnd) ? ChronoUnit.MONTHS.between(plannedEnd, until) : -1;
	}

	private static LocalDate until(LocalDate today, @Nullable LocalDate breakStartedOn,
			@Nullable LocalDate withdrawnOn) {
		if (withdrawnOn != null) {
			return withdrawnOn;
		}
		return (breakStartedOn != null) ? breakStartedOn : today;
	}

	static long planned(LocalDate start, LocalDate plannedEnd) {
		return ChronoUnit.MONTHS.between(start, plannedEnd);
	}

}
