package org.hcstracker.gateway;

import java.time.LocalDate;
import java.util.Objects;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.hcstracker.files.Upload;
import org.jspecify.annotations.Nullable;
import org.springframework.web.multipart.MultipartFile;

/**
 * The forms of the gateway page. Nothing is chosen for the person: how an item is met and
 * the EPAO start unchosen, and leaving them so is a field error.
 */
final class GatewayForms {

	private GatewayForms() {
	}

	/**
	 * Maths, English or the Diploma, as the coach records it (the certificate's file
	 * comes beside it).
	 *
	 * @param basis how it is met
	 * @param date when it was achieved (none for an exemption)
	 * @param detail the certificate, the record of prior attainment or the reason
	 * @param certificate the certificate's file, if one was chosen
	 */
	record ItemForm(@NotNull(message = "{gateway.basis.required}") @Nullable QualificationBasis basis,
			@Nullable LocalDate date,
			@Size(max = GatewayRecord.DETAIL_MAX_LENGTH, message = "{gateway.detail.required}") @Nullable String detail,
			@Nullable MultipartFile certificate) {

		static ItemForm blank() {
			return new ItemForm(null, null, "", null);
		}

		@Nullable Upload upload() {
			return (this.certificate != null) ? Upload.of(this.certificate) : null;
		}

	}

	/**
	 * The line manager's approval, recorded only once confirmed on the step that restates
	 * it.
	 *
	 * @param epaoId the end-point assessment organisation
	 * @param confirmed whether it was sent from the confirmation step
	 */
	record ApproveForm(@NotNull(message = "{gateway.epao.required}") @Nullable Long epaoId,
			@Nullable Boolean confirmed) {

		boolean isConfirmed() {
			return Boolean.TRUE.equals(this.confirmed);
		}

	}

	/**
	 * A decision with a reason: declining (recorded only once confirmed on the step that
	 * restates it) or withdrawing an approval.
	 *
	 * @param reason why
	 * @param confirmed whether it was sent from the confirmation step
	 */
	record ReasonForm(@NotBlank(message = "{gateway.reason.required}") @Size(max = GatewayDecision.REASON_MAX_LENGTH,
			message = "{gateway.reason.required}") @Nullable String reason, @Nullable Boolean confirmed) {

		static ReasonForm blank() {
			return new ReasonForm("", null);
		}

		boolean isConfirmed() {
			return Boolean.TRUE.equals(this.confirmed);
		}

		/**
		 * The reason, once the form's validation passed.
		 * @return the reason
		 */
		String checkedReason() {
			return Objects.requireNonNull(this.reason, "reason is checked by the form's validation");
		}

	}

}
