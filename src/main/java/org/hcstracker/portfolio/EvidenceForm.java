package org.hcstracker.portfolio;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.hcstracker.files.Upload;
import org.jspecify.annotations.Nullable;
import org.springframework.web.multipart.MultipartFile;

/**
 * The evidence form, as typed, with the files chosen.
 */
record EvidenceForm(
		@NotBlank(message = "{evidence.title.required}") @Size(max = 200,
				message = "{evidence.title.invalid}") @Nullable String title,
		@NotNull(message = "{evidence.activityDate.required}") @Nullable LocalDate activityDate,
		@NotNull(message = "{evidence.type.required}") @Nullable EvidenceType type,
		@NotBlank(message = "{evidence.description.required}") @Size(max = 10000,
				message = "{evidence.description.invalid}") @Nullable String description,
		@Nullable List<Long> areaIds, @Nullable List<Long> ksbIds, @Nullable List<MultipartFile> files, long version) {

	static EvidenceForm blank(LocalDate today) {
		return new EvidenceForm("", today, null, "", List.of(), List.of(), null, 0);
	}

	static EvidenceForm of(PortfolioViews.Detail detail) {
		return new EvidenceForm(detail.title(), detail.activityDate(), detail.type(), detail.description(),
				detail.areas().stream().map((area) -> area.id()).toList(),
				detail.ksbs().stream().map((ksb) -> ksb.id()).toList(), null, detail.version());
	}

	/**
	 * The files chosen, as they arrived; a file field left empty sends an empty part,
	 * which the check leaves out.
	 * @return the files
	 */
	List<Upload> uploads() {
		return (this.files != null) ? this.files.stream().map(Upload::of).toList() : List.of();
	}

	EvidenceDraft toDraft() {
		return new EvidenceDraft(this.activityDate, this.type,
				new HashSet<>((this.areaIds != null) ? this.areaIds : List.of()),
				new HashSet<>((this.ksbIds != null) ? this.ksbIds : List.of()));
	}

	/**
	 * The evidence as typed, once the form's validation passed.
	 * @return the details
	 */
	EvidenceDetails toDetails() {
		return new EvidenceDetails(checked(this.title, "title"), checked(this.activityDate, "activityDate"),
				checked(this.type, "type"), checked(this.description, "description"),
				new HashSet<>((this.areaIds != null) ? this.areaIds : List.of()),
				new HashSet<>((this.ksbIds != null) ? this.ksbIds : List.of()));
	}

	private static <T> T checked(@Nullable T value, String field) {
		return Objects.requireNonNull(value, () -> field + " is checked by the form's validation");
	}

}
