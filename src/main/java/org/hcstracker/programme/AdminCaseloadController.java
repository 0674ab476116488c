package org.hcstracker.programme;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import org.hcstracker.people.CurrentUser;
import org.hcstracker.shared.Checked;
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

	private final CaseloadMoves moves;

	private final EnrolmentChoices choices;

	AdminCaseloadController(CaseloadMoves moves, EnrolmentChoices choices) {
		this.moves = moves;
		this.choices = choices;
	}

	@GetMapping("/admin/caseloads/move")
	String form(Model model) {
		model.addAttribute("form", new MoveForm(null, null, null));
		model.addAttribute("coaches", this.choices.coaches());
		return "programme/move-caseload";
	}

	@PostMapping("/admin/caseloads/move")
	String move(@Valid @ModelAttribute("form") MoveForm form, BindingResult result,
			@AuthenticationPrincipal CurrentUser admin, Model model, RedirectAttributes redirect) {
		if (!result.hasErrors() && !form.isConfirmed()) {
			try {
				int size = this.moves.caseloadSize(form.from(), form.to(), admin);
				model.addAttribute("size", size);
				model.addAttribute("fromCoach", coachName(form.fromCoachId()));
				model.addAttribute("toCoach", coachName(form.toCoachId()));
				return "programme/confirm-move";
			}
			catch (ProgrammeRuleException ex) {
				result.rejectValue(ex.getMessageKey().startsWith("caseload.from") ? "fromCoachId" : "toCoachId",
						ex.getMessageKey());
			}
		}
		if (!result.hasErrors()) {
			try {
				int moved = this.moves.moveCaseload(form.from(), form.to(), admin);
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

	private String coachName(@Nullable Long id) {
		return this.choices.coaches()
			.stream()
			.filter((coach) -> Long.valueOf(coach.id()).equals(id))
			.map(SelectOption::text)
			.findFirst()
			.orElse("");
	}

	/**
	 * The move: recorded only from the step that restates it (the two coaches and how
	 * many apprentices move).
	 */
	record MoveForm(@NotNull(message = "{caseload.from.required}") @Nullable Long fromCoachId,
			@NotNull(message = "{caseload.to.required}") @Nullable Long toCoachId, @Nullable Boolean confirmed) {

		/** The coach whose caseload moves, once the form's checks passed. */
		long from() {
			return Checked.required(this.fromCoachId, "fromCoachId");
		}

		/** The coach who takes the caseload, once the form's checks passed. */
		long to() {
			return Checked.required(this.toCoachId, "toCoachId");
		}

		boolean isConfirmed() {
			return Boolean.TRUE.equals(this.confirmed);
		}

	}

}
