package org.hcstracker.programme;

import java.math.BigDecimal;
import java.time.LocalDate;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import org.hcstracker.shared.Checked;
import org.jspecify.annotations.Nullable;

/**
 * The enrolment form, as typed.
 */
record EnrolmentForm(
		@NotBlank(message = "{enrolment.name.required}") @Size(max = 200,
				message = "{enrolment.name.tooLong}") @Nullable String name,
		@NotBlank(message = "{enrolment.email.required}") @Nullable String email,
		@NotBlank(message = "{enrolment.uln.required}") @Nullable String uln,
		@NotNull(message = "{enrolment.division.required}") @Nullable Long divisionId,
		@NotNull(message = "{enrolment.standardVersion.required}") @Nullable Long standardVersionId,
		@NotNull(message = "{enrolment.employer.required}") @Nullable Long employerId,
		@NotNull(message = "{enrolment.lineManager.required}") @Nullable Long lineManagerId,
		@NotNull(message = "{enrolment.coach.required}") @Nullable Long coachId, @Nullable Long epaoId,
		@NotNull(message = "{enrolment.startDate.required}") @Nullable LocalDate startDate,
		@Nullable LocalDate plannedEndDate,
		@NotNull(message = "{enrolment.plannedOtjHours.required}") @Positive(
				message = "{enrolment.plannedOtjHours.invalid}") @DecimalMax(value = "9999.99",
						message = "{enrolment.plannedOtjHours.invalid}") @Digits(integer = 4, fraction = 2,
								message = "{enrolment.plannedOtjHours.invalid}") @Nullable BigDecimal plannedOtjHours) {

	static EnrolmentForm startingOn(LocalDate startDate) {
		return new EnrolmentForm("", "", "", null, null, null, null, null, null, startDate, null, null);
	}

	/**
	 * What was typed, trimmed, for the rules' checks; parts not yet entered stay empty.
	 */
	EnrolmentDraft toDraft() {
		return new EnrolmentDraft(strip(this.name), strip(this.email), strip(this.uln), this.divisionId,
				this.standardVersionId, this.employerId, this.lineManagerId, this.coachId, this.epaoId, this.startDate,
				this.plannedEndDate, this.plannedOtjHours);
	}

	/**
	 * The enrolment asked for, trimmed, once the form's checks passed: every part they
	 * require is then present.
	 */
	EnrolmentRequest toRequest() {
		return new EnrolmentRequest(Checked.required(this.name, "name").strip(),
				Checked.required(this.email, "email").strip(), Checked.required(this.uln, "uln").strip(),
				Checked.required(this.divisionId, "divisionId"),
				Checked.required(this.standardVersionId, "standardVersionId"),
				Checked.required(this.employerId, "employerId"), Checked.required(this.lineManagerId, "lineManagerId"),
				Checked.required(this.coachId, "coachId"), this.epaoId, Checked.required(this.startDate, "startDate"),
				this.plannedEndDate, Checked.required(this.plannedOtjHours, "plannedOtjHours"));
	}

	private static @Nullable String strip(@Nullable String text) {
		return (text != null) ? text.strip() : null;
	}

}
