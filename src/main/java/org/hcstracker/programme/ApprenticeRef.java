package org.hcstracker.programme;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * What another module needs to know of an apprentice it works on: who they are, who
 * coaches them, which standard version they are on, when they started and where they are.
 *
 * @param id the apprentice
 * @param accountId their account
 * @param coachId their coach's account
 * @param lineManagerId their line manager's account
 * @param standardVersionId their standard version
 * @param startDate their start date
 * @param status where they are in the programme
 * @param plannedEndDate their planned end date (moved by each break in learning)
 * @param plannedOtjHours their planned off-the-job training hours
 * @param epaoId their end-point assessment organisation, if chosen
 * @param assessorId the assessor assigned to them, if any
 */
public record ApprenticeRef(long id, long accountId, long coachId, long lineManagerId, long standardVersionId,
		LocalDate startDate, ApprenticeStatus status, LocalDate plannedEndDate, java.math.BigDecimal plannedOtjHours,
		@Nullable Long epaoId, @Nullable Long assessorId) {

	static ApprenticeRef of(Apprentice apprentice) {
		return new ApprenticeRef(apprentice.requireId(), apprentice.getAccountId(), apprentice.getCoachId(),
				apprentice.getLineManagerId(), apprentice.getStandardVersionId(), apprentice.getStartDate(),
				apprentice.getStatus(), apprentice.getPlannedEndDate(), apprentice.getPlannedOtjHours(),
				apprentice.getEpaoId(), apprentice.getAssessorId());
	}

}
