package org.hcstracker.people;

import java.util.Map;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
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
 * The administrator's organisations: the list, adding one, renaming one.
 */
@Controller
class AdminOrganisationsController {

	/** The name field, which the rules' refusals concern. */
	private static final Map<String, String> NAME = Map.of("organisation.name", "name");

	private final OrganisationService organisations;

	private final SentForms forms;

	AdminOrganisationsController(OrganisationService organisations, SentForms forms) {
		this.forms = forms;
		this.organisations = organisations;
	}

	@GetMapping("/admin/organisations")
	String list(Model model) {
		if (!model.containsAttribute("form")) {
			model.addAttribute("form", new OrganisationForm("", null));
		}
		model.addAttribute("organisations", this.organisations.organisations());
		model.addAttribute("types", OrganisationType.values());
		return "people/organisations";
	}

	@PostMapping("/admin/organisations")
	String create(@Valid @ModelAttribute("form") OrganisationForm form, BindingResult sent,
			@AuthenticationPrincipal CurrentUser admin, Model model, RedirectAttributes redirect) {
		BindingResult result = this.forms.complete(form, sent, model);
		RuleException.rejectAllOn(this.organisations.refusalsOfNew(form.name()), result, NAME);
		if (!result.hasErrors()) {
			try {
				this.organisations.create(form.name(), form.checkedType(), admin.asActor());
				redirect.addFlashAttribute("flashMessage", "organisation.created");
				return "redirect:/admin/organisations";
			}
			catch (PeopleRuleException ex) {
				ex.rejectOn(result, NAME);
			}
		}
		return list(model);
	}

	@GetMapping("/admin/organisations/{id}/rename")
	String renameForm(@PathVariable long id, Model model) {
		OrganisationService.OrganisationEdit edit = this.organisations.findForEdit(id);
		model.addAttribute("organisation", edit.organisation());
		model.addAttribute("form", new RenameForm(edit.organisation().name(), edit.version()));
		return "people/rename-organisation";
	}

	@PostMapping("/admin/organisations/{id}/rename")
	String rename(@PathVariable long id, @Valid @ModelAttribute("form") RenameForm form, BindingResult result,
			@AuthenticationPrincipal CurrentUser admin, Model model, RedirectAttributes redirect) {
		if (!result.hasErrors()) {
			try {
				this.organisations.rename(id, form.name(), form.version(), admin.asActor());
				redirect.addFlashAttribute("flashMessage", "organisation.renamed");
				return "redirect:/admin/organisations";
			}
			catch (PeopleRuleException ex) {
				result.rejectValue("name", ex.getMessageKey());
			}
		}
		model.addAttribute("organisation", this.organisations.find(id));
		return "people/rename-organisation";
	}

	record OrganisationForm(
			@NotBlank(message = "{organisation.name.required}") @Size(max = 200,
					message = "{organisation.name.tooLong}") String name,
			@NotNull(message = "{organisation.type.required}") @Nullable OrganisationType type) {

		/** The kind of organisation chosen, once the form's checks passed. */
		OrganisationType checkedType() {
			return Checked.required(this.type, "type");
		}

	}

	record RenameForm(@NotBlank(message = "{organisation.name.required}") @Size(max = 200,
			message = "{organisation.name.tooLong}") String name, long version) {
	}

}
