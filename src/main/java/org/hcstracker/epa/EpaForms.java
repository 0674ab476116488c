package org.hcstracker.epa;

import java.time.LocalDate;
import java.util.Objects;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/**
 * The forms of the end-point assessment pages. No decision has a default: a grade or an
 * assessor left unchosen is a field error.
 */
final class EpaForms {

	private EpaForms() {
	}

	/**
	 * An element's result.
	 *
	 * @param grade the grade, on the element's scale
	 * @param date when it was assessed
	 * @param notes the assessor's notes, if any
	 */
	record ResultForm(@NotNull(message = "{epa.grade.required}") @Nullable EpaGrade grade,
			@NotNull(message = "{epa.date.required}") @Nullable LocalDate date,
			@Size(max = EpaEntry.NOTES_MAX_LENGTH, message = "{epa.notes.tooLong}") @Nullable String notes) {

		static ResultForm blank() {
			return new ResultForm(null, null, "");
		}

		/**
		 * The grade, once the form's validation passed.
		 * @return the grade
		 */
		EpaGrade checkedGrade() {
			return Objects.requireNonNull(this.grade, "grade is checked by the form's validation");
		}

	}

	/**
	 * A change to a recorded result: a correction before the grade is confirmed, an
	 * amendment after.
	 *
	 * @param grade the new grade, on the element's scale
	 * @param reason why
	 */
	record ChangeForm(@NotNull(message = "{epa.grade.required}") @Nullable EpaGrade grade,
			@NotBlank(message = "{epa.correct.reasonRequired}") @Size(max = EpaEntry.NOTES_MAX_LENGTH,
					message = "{epa.correct.reasonRequired}") @Nullable String reason) {

		/**
		 * The grade, once the form's validation passed.
		 * @return the grade
		 */
		EpaGrade checkedGrade() {
			return Objects.requireNonNull(this.grade, "grade is checked by the form's validation");
		}

	}

	/**
	 * The confirmation of the overall grade.
	 *
	 * @param grade the grade the assessor was shown, sent only from the confirmation step
	 */
	record ConfirmForm(@Nullable EpaGrade grade) {

	}

	/**
	 * The assessor the admin assigns.
	 *
	 * @param assessorId the assessor's account
	 * @param confirmed whether the admin confirmed it on the step that restates it
	 */
	record AssignForm(@NotNull(message = "{epa.assessor.required}") @Nullable Long assessorId,
			@Nullable Boolean confirmed) {

		boolean isConfirmed() {
			return Boolean.TRUE.equals(this.confirmed);
		}

		/**
		 * The assessor's account, once the form's validation passed.
		 * @return the assessor's account
		 */
		long checkedAssessorId() {
			return Objects.requireNonNull(this.assessorId, "assessorId is checked by the form's validation");
		}

	}

	/**
	 * A certificate's date.
	 *
	 * @param date the date
	 */
	record DateForm(@NotNull(message = "{epa.date.required}") @Nullable LocalDate date) {

	}

}
