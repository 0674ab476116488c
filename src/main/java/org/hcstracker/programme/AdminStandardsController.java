package org.hcstracker.programme;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.hcstracker.people.CurrentUser;
import org.hcstracker.shared.Checked;
import org.hcstracker.shared.RuleException;
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
 * The administrator's standard versions and their KSB statements: the list of versions,
 * one version's statements by area, and adding a version or a statement.
 */
@Controller
class AdminStandardsController {

	/** The statement's fields by the part of the message keys that concern them. */
	private static final Map<String, String> KSB_FIELDS = Map.of("ksb.area", "area", "ksb.code", "code");

	private final StandardVersionService standards;

	private final ReferenceDataService referenceData;

	private final SentForms forms;

	AdminStandardsController(StandardVersionService standards, ReferenceDataService referenceData, SentForms forms) {
		this.forms = forms;
		this.standards = standards;
		this.referenceData = referenceData;
	}

	@GetMapping("/admin/standards")
	String list(Model model) {
		if (!model.containsAttribute("form")) {
			model.addAttribute("form", new VersionForm(""));
		}
		model.addAttribute("versions", this.standards.overview());
		return "programme/standards";
	}

	@PostMapping("/admin/standards")
	String addVersion(@Valid @ModelAttribute("form") VersionForm form, BindingResult result,
			@AuthenticationPrincipal CurrentUser admin, Model model, RedirectAttributes redirect) {
		if (!result.hasErrors()) {
			try {
				StandardVersionView version = this.standards.createVersion(form.name(), admin.asActor());
				redirect.addFlashAttribute("flashMessage", "standardVersion.added");
				return "redirect:/admin/standards/" + version.id();
			}
			catch (ProgrammeRuleException ex) {
				result.rejectValue("name", ex.getMessageKey());
			}
		}
		return list(model);
	}

	@GetMapping("/admin/standards/{id}")
	String version(@PathVariable long id, Model model) {
		if (!model.containsAttribute("form")) {
			model.addAttribute("form", new KsbForm("", null, ""));
		}
		List<KsbView> ksbs = this.standards.ksbsOf(id);
		Map<Integer, List<KsbView>> byArea = ksbs.stream().collect(Collectors.groupingBy(KsbView::areaNumber));
		model.addAttribute("version", this.standards.version(id));
		model.addAttribute("areas", this.referenceData.programmeAreas());
		model.addAttribute("ksbsByArea", byArea);
		model.addAttribute("empty", ksbs.isEmpty());
		return "programme/standard";
	}

	@PostMapping("/admin/standards/{id}/ksbs")
	String addKsb(@PathVariable long id, @Valid @ModelAttribute("form") KsbForm form, BindingResult sent,
			@AuthenticationPrincipal CurrentUser admin, Model model, RedirectAttributes redirect) {
		BindingResult result = this.forms.complete(form, sent, model);
		RuleException.rejectAllOn(this.standards.refusalsOfNewKsb(id, form.code(), form.area()), result, KSB_FIELDS);
		if (!result.hasErrors()) {
			try {
				this.standards.addKsb(id, new KsbCode(form.code().strip()), form.areaNumber(), form.statement(),
						admin.asActor());
				redirect.addFlashAttribute("flashMessage", "ksb.added");
				return "redirect:/admin/standards/" + id;
			}
			catch (ProgrammeRuleException ex) {
				ex.rejectOn(result, KSB_FIELDS);
			}
		}
		return version(id, model);
	}

	record VersionForm(@NotBlank(message = "{standardVersion.name.required}") @Size(max = 60,
			message = "{standardVersion.name.tooLong}") String name) {
	}

	record KsbForm(
			@NotBlank(message = "{ksb.code.required}") @Pattern(regexp = "\\s*[KSB][1-9][0-9]{0,2}\\s*",
					message = "{ksb.code.invalid}") String code,
			@NotNull(message = "{ksb.area.invalid}") @Min(value = 1, message = "{ksb.area.invalid}") @Max(value = 9,
					message = "{ksb.area.invalid}") @Nullable Integer area,
			@NotBlank(message = "{ksb.statement.required}") @Size(max = 300,
					message = "{ksb.statement.tooLong}") String statement) {

		/** The area chosen, once the form's checks passed. */
		int areaNumber() {
			return Checked.required(this.area, "area");
		}

	}

}
