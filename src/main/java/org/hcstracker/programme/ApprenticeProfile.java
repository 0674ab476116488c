package org.hcstracker.programme;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * Everything the apprentice page shows about one enrolment, read in one query.
 *
 * @param id the apprentice
 * @param accountId their account
 * @param name their name
 * @param email their email address
 * @param uln their unique learner number
 * @param divisionCode their division's code
 * @param standardVersionName the standard version they are on
 * @param employerId their employer organisation
 * @param employerName its name
 * @param lineManagerId their line manager's account
 * @param lineManagerName their line manager
 * @param coachId their coach's account
 * @param coachName their coach
 * @param epaoId the chosen end-point assessment organisation, if any
 * @param epaoName its name, if any
 * @param assessorId the assessor assigned, if any
 * @param assessorName their name, if any
 * @param startDate when they started
 * @param plannedEndDate when they are planned to finish
 * @param plannedOtjHours the planned off-the-job training hours
 * @param status where they are in the programme
 * @param breakStartedOn the first day of a break under way
 * @param withdrawnOn the date they were withdrawn
 */
public record ApprenticeProfile(long id, long accountId, String name, String email, String uln, String divisionCode,
		String standardVersionName, long employerId, String employerName, long lineManagerId, String lineManagerName,
		long coachId, String coachName, @Nullable Long epaoId, @Nullable String epaoName, @Nullable Long assessorId,
		@Nullable String assessorName, LocalDate startDate, LocalDate plannedEndDate, BigDecimal plannedOtjHours,
		ApprenticeStatus status, @Nullable LocalDate breakStartedOn, @Nullable LocalDate withdrawnOn) {

	public long monthsOnProgramme(LocalDate today) {
		return ProgrammeMonths.elapsed(this.startDate, today, this.breakStartedOn, this.withdrawnOn);
	}

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
