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
		LocalDate until = today;
		if (withdrawnOn != null) {
			until = withdrawnOn;
		}
		else if (breakStartedOn != null) {
			until = breakStartedOn;
		}
		return Math.max(0, ChronoUnit.MONTHS.between(start, until));
	}

	static long planned(LocalDate start, LocalDate plannedEnd) {
		return ChronoUnit.MONTHS.between(start, plannedEnd);
	}

}
