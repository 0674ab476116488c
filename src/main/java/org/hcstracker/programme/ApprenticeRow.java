package org.hcstracker.programme;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * One apprentice as a list shows them, read in the list's single query.
 *
 * @param id the apprentice
 * @param name their name
 * @param uln their unique learner number
 * @param divisionCode their division's code
 * @param employerName their employer
 * @param coachName their coach
 * @param lineManagerId their line manager's account
 * @param lineManagerName their line manager
 * @param status where they are in the programme
 * @param startDate when they started
 * @param plannedEndDate when they are planned to finish
 * @param breakStartedOn the first day of a break in learning now under way
 * @param withdrawnOn the date they were withdrawn
 */
public record ApprenticeRow(long id, String name, String uln, String divisionCode, String employerName,
		String coachName, long lineManagerId, String lineManagerName, ApprenticeStatus status, LocalDate startDate,
		LocalDate plannedEndDate, @Nullable LocalDate breakStartedOn, @Nullable LocalDate withdrawnOn) {

	/**
	 * Whole months on programme: from the start to today, or to the start of a break
	 * under way, or to the withdrawal.
	 * @param today today's date
	 * @return the months elapsed
	 */
	public long monthsOnProgramme(LocalDate today) {
		return ProgrammeMonths.elapsed(this.startDate, today, this.breakStartedOn, this.withdrawnOn);
	}

	/**
	 * Whole months from the start to the planned end date.
	 * @return the months planned
	 */
	/**
	 * Whole months past the planned end date, for "26 months, 2 past the planned end".
	 * @param today today
	 * @return the months past it (0 in the first month past it), or -1 when it has not
	 * passed
	 */
	public long monthsPastPlannedEnd(LocalDate today) {
		return ProgrammeMonths.pastPlannedEnd(this.plannedEndDate, today, this.breakStartedOn, this.withdrawnOn);
	}

	public long plannedMonths() {
		return ProgrammeMonths.planned(this.startDate, this.plannedEndDate);
	}

}
