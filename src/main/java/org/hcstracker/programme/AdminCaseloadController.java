package org.hcstracker.programme;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import org.hcstracker.people.CurrentUser;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Moving all of one coach's active apprentices to another coach in one step, for example
 * when a coach leaves.
 */
@Controller
class AdminCaseloadController {

	private final ApprenticeLifecycleService lifecycle;

	private final EnrolmentChoices choices;

	AdminCaseloadController(ApprenticeLifecycleService lifecycle, EnrolmentChoices choices) {
		this.lifecycle = lifecycle;
		this.choices = choices;
	}

	@GetMapping("/admin/caseloads/move")
	String form(Model model) {
		model.addAttribute("form", new MoveForm(null, null));
		model.addAttribute("coaches", this.choices.coaches());
		return "programme/move-caseload";
	}

	@PostMapping("/admin/caseloads/move")
	String move(@Valid @ModelAttribute("form") MoveForm form, BindingResult result,
			@AuthenticationPrincipal CurrentUser admin, Model model, RedirectAttributes redirect) {
		if (!result.hasErrors()) {
			try {
				int moved = this.lifecycle.moveCaseload(form.fromCoachId(), form.toCoachId(), admin);
				redirect.addFlashAttribute("flashMessage", "caseload.move.done");
				redirect.addFlashAttribute("flashArgument", moved);
				return "redirect:/admin/apprentices?coachId=" + form.toCoachId();
			}
			catch (ProgrammeRuleException ex) {
				result.rejectValue("toCoachId", ex.getMessageKey());
			}
		}
		model.addAttribute("coaches", this.choices.coaches());
		return "programme/move-caseload";
	}

	record MoveForm(@NotNull(message = "{caseload.from.required}") @Nullable Long fromCoachId,
			@NotNull(message = "{caseload.to.required}") @Nullable Long toCoachId) {
	}

}
