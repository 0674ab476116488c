package org.hcstracker.programme;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * What has been entered on the enrolment form so far, any part possibly missing: what
 * {@link EnrolmentChecks#refusals} checks, so that the form reports every rule's refusal
 * together with its own checks.
 */
record EnrolmentDraft(@Nullable String name, @Nullable String email, @Nullable String uln, @Nullable Long divisionId,
		@Nullable Long standardVersionId, @Nullable Long employerId, @Nullable Long lineManagerId,
		@Nullable Long coachId, @Nullable Long epaoId, @Nullable LocalDate startDate,
		@Nullable LocalDate plannedEndDate, @Nullable BigDecimal plannedOtjHours) {

	static EnrolmentDraft of(EnrolmentRequest request) {
		return new EnrolmentDraft(request.name(), request.email(), request.uln(), request.divisionId(),
				request.standardVersionId(), request.employerId(), request.lineManagerId(), request.coachId(),
				request.epaoId(), request.startDate(), request.plannedEndDate(), request.plannedOtjHours());
	}

}
