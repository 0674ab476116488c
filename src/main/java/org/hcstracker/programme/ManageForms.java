package org.hcstracker.programme;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.hcstracker.shared.Checked;
import org.jspecify.annotations.Nullable;

/**
 * The small forms of the administrator's page for managing one enrolment.
 */
final class ManageForms {

	private ManageForms() {
	}

	record CoachForm(@NotNull(message = "{manage.coach.required}") @Nullable Long coachId) {

		/** The coach chosen, once the form's checks passed. */
		long coach() {
			return Checked.required(this.coachId, "coachId");
		}

	}

	record LineManagerForm(@NotNull(message = "{manage.lineManager.required}") @Nullable Long lineManagerId) {

		/** The line manager chosen, once the form's checks passed. */
		long lineManager() {
			return Checked.required(this.lineManagerId, "lineManagerId");
		}

	}

	record EpaoForm(@NotNull(message = "{manage.epao.required}") @Nullable Long epaoId) {

		/** The EPAO chosen, once the form's checks passed. */
		long epao() {
			return Checked.required(this.epaoId, "epaoId");
		}

	}

	record BreakForm(@NotNull(message = "{manage.date.required}") @Nullable LocalDate breakOn,
			@NotBlank(message = "{apprentice.reason.required}") @Size(max = 1000,
					message = "{apprentice.reason.tooLong}") @Nullable String breakReason) {

		/** The day the break starts, once the form's checks passed. */
		LocalDate on() {
			return Checked.required(this.breakOn, "breakOn");
		}

		/** The reason for the break, once the form's checks passed. */
		String reason() {
			return Checked.required(this.breakReason, "breakReason");
		}

	}

	record ReturnForm(@NotNull(message = "{manage.date.required}") @Nullable LocalDate returnOn) {

		/** The day of the return, once the form's checks passed. */
		LocalDate on() {
			return Checked.required(this.returnOn, "returnOn");
		}

	}

	/**
	 * A withdrawal: no date is offered, and it is recorded only from the step that
	 * restates it.
	 */
	record WithdrawForm(@NotNull(message = "{manage.date.required}") @Nullable LocalDate withdrawOn,
			@NotBlank(message = "{apprentice.reason.required}") @Size(max = 1000,
					message = "{apprentice.reason.tooLong}") @Nullable String withdrawReason,
			@Nullable Boolean confirmed) {

		/** The day of the withdrawal, once the form's checks passed. */
		LocalDate on() {
			return Checked.required(this.withdrawOn, "withdrawOn");
		}

		/** The reason for the withdrawal, once the form's checks passed. */
		String reason() {
			return Checked.required(this.withdrawReason, "withdrawReason");
		}

		boolean isConfirmed() {
			return Boolean.TRUE.equals(this.confirmed);
		}

	}

}
