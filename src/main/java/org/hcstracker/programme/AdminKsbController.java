package org.hcstracker.programme;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.hcstracker.people.CurrentUser;
import org.hcstracker.shared.Checked;
import org.hcstracker.shared.SentForms;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Editing, retiring and reinstating one KSB statement.
 */
@Controller
class AdminKsbController {

	private final StandardVersionService standards;

	private final KsbEditService edits;

	private final ReferenceDataService referenceData;

	private final SentForms forms;

	AdminKsbController(StandardVersionService standards, KsbEditService edits, ReferenceDataService referenceData,
			SentForms forms) {
		this.forms = forms;
		this.standards = standards;
		this.edits = edits;
		this.referenceData = referenceData;
	}

	@GetMapping("/admin/standards/{versionId}/ksbs/{ksbId}/edit")
	String editForm(@PathVariable long versionId, @PathVariable long ksbId, Model model) {
		KsbEditService.KsbEdit edit = this.edits.ksbForEdit(versionId, ksbId);
		model.addAttribute("form", new EditKsbForm(edit.ksb().areaNumber(), edit.ksb().statement(), edit.version()));
		return page(versionId, edit.ksb(), model);
	}

	@PostMapping("/admin/standards/{versionId}/ksbs/{ksbId}/edit")
	String edit(@PathVariable long versionId, @PathVariable long ksbId, @Valid @ModelAttribute("form") EditKsbForm form,
			BindingResult sent, @AuthenticationPrincipal CurrentUser admin, Model model, RedirectAttributes redirect) {
		BindingResult result = this.forms.complete(form, sent, model);
		if (!result.hasErrors()) {
			try {
				this.edits.editKsb(versionId, ksbId, form.areaNumber(), form.statement(), form.version(),
						admin.asActor());
				redirect.addFlashAttribute("flashMessage", "ksb.edited");
				return "redirect:/admin/standards/" + versionId;
			}
			catch (ProgrammeRuleException ex) {
				result.rejectValue("area", ex.getMessageKey());
			}
		}
		return page(versionId, this.edits.ksbForEdit(versionId, ksbId).ksb(), model);
	}

	@PostMapping("/admin/standards/{versionId}/ksbs/{ksbId}/retire")
	String retire(@PathVariable long versionId, @PathVariable long ksbId, @AuthenticationPrincipal CurrentUser admin,
			RedirectAttributes redirect) {
		this.edits.retire(versionId, ksbId, admin.asActor());
		redirect.addFlashAttribute("flashMessage", "ksb.retired.done");
		return "redirect:/admin/standards/" + versionId;
	}

	@PostMapping("/admin/standards/{versionId}/ksbs/{ksbId}/reinstate")
	String reinstate(@PathVariable long versionId, @PathVariable long ksbId, @AuthenticationPrincipal CurrentUser admin,
			RedirectAttributes redirect) {
		this.edits.reinstate(versionId, ksbId, admin.asActor());
		redirect.addFlashAttribute("flashMessage", "ksb.reinstated");
		return "redirect:/admin/standards/" + versionId;
	}

	private String page(long versionId, KsbView ksb, Model model) {
		model.addAttribute("version", this.standards.version(versionId));
		model.addAttribute("ksb", ksb);
		model.addAttribute("areas", this.referenceData.programmeAreas());
		return "programme/edit-ksb";
	}

	record EditKsbForm(
			@NotNull(message = "{ksb.area.invalid}") @Min(value = 1, message = "{ksb.area.invalid}") @Max(value = 9,
					message = "{ksb.area.invalid}") @Nullable Integer area,
			@NotBlank(message = "{ksb.statement.required}") @Size(max = 300,
					message = "{ksb.statement.tooLong}") String statement,
			long version) {

		/** The area chosen, once the form's checks passed. */
		int areaNumber() {
			return Checked.required(this.area, "area");
		}

	}

}
