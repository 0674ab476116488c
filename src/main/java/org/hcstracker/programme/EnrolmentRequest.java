package org.hcstracker.programme;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * What it takes to enrol an apprentice. Checked by {@link EnrolmentService}.
 *
 * @param name the apprentice's name
 * @param email the address they will sign in with
 * @param uln their unique learner number, as typed
 * @param divisionId their division
 * @param standardVersionId the standard version they start on
 * @param employerId their employer organisation
 * @param lineManagerId their line manager, an employer account of that organisation
 * @param coachId their coach
 * @param epaoId the employer's choice of end-point assessment organisation, if made yet
 * @param startDate the start date
 * @param plannedEndDate the planned end date, or null for 24 months after the start
 * @param plannedOtjHours the planned off-the-job training hours
 */
public record EnrolmentRequest(String name, String email, String uln, long divisionId, long standardVersionId,
		long employerId, long lineManagerId, long coachId, @Nullable Long epaoId, LocalDate startDate,
		@Nullable LocalDate plannedEndDate, BigDecimal plannedOtjHours) {

	/** The usual length of the programme before gateway. */
	public static final int USUAL_MONTHS = 24;

	LocalDate plannedEndOrDefault() {
		return (this.plannedEndDate != null) ? this.plannedEndDate : this.startDate.plusMonths(USUAL_MONTHS);
	}

}
