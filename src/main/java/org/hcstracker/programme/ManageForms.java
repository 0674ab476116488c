package org.hcstracker.programme;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/**
 * The small forms of the administrator's page for managing one enrolment.
 */
final class ManageForms {

	private ManageForms() {
	}

	record CoachForm(@NotNull(message = "{manage.coach.required}") @Nullable Long coachId) {
	}

	record LineManagerForm(@NotNull(message = "{manage.lineManager.required}") @Nullable Long lineManagerId) {
	}

	record EpaoForm(@NotNull(message = "{manage.epao.required}") @Nullable Long epaoId) {
	}

	record BreakForm(@NotNull(message = "{manage.date.required}") @Nullable LocalDate breakOn,
			@NotBlank(message = "{apprentice.reason.required}") @Size(max = 1000,
					message = "{apprentice.reason.tooLong}") @Nullable String breakReason) {
	}

	record ReturnForm(@NotNull(message = "{manage.date.required}") @Nullable LocalDate returnOn) {
	}

	/**
	 * A withdrawal: no date is offered, and it is recorded only from the step that
	 * restates it.
	 */
	record WithdrawForm(@NotNull(message = "{manage.date.required}") @Nullable LocalDate withdrawOn,
			@NotBlank(message = "{apprentice.reason.required}") @Size(max = 1000,
					message = "{apprentice.reason.tooLong}") @Nullable String withdrawReason,
			@Nullable Boolean confirmed) {

		boolean isConfirmed() {
			return Boolean.TRUE.equals(this.confirmed);
		}

	}

}
