package org.hcstracker.programme;

import java.time.Clock;
import java.time.LocalDate;

import jakarta.validation.Valid;
import org.hcstracker.people.CurrentUser;
import org.hcstracker.people.OrganisationType;
import org.hcstracker.programme.ManageForms.BreakForm;
import org.hcstracker.programme.ManageForms.CoachForm;
import org.hcstracker.programme.ManageForms.EpaoForm;
import org.hcstracker.programme.ManageForms.LineManagerForm;
import org.hcstracker.programme.ManageForms.ReturnForm;
import org.hcstracker.programme.ManageForms.WithdrawForm;
import org.hcstracker.shared.SentForms;
import org.hcstracker.shared.UkTime;
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
 * The administrator's page for one enrolment: coach, line manager, EPAO, breaks in
 * learning and withdrawal. Each form posts to its own address; a refused change comes
 * back on this page with its message and what was typed.
 */
@Controller
class AdminApprenticeManageController {

	private static final String VIEW = "programme/manage";

	private final ApprenticeDirectory directory;

	private final ApprenticeLifecycleService lifecycle;

	private final EnrolmentChoices choices;

	private final Clock clock;

	private final SentForms forms;

	AdminApprenticeManageController(ApprenticeDirectory directory, ApprenticeLifecycleService lifecycle,
			EnrolmentChoices choices, Clock clock, SentForms forms) {
		this.forms = forms;
		this.directory = directory;
		this.lifecycle = lifecycle;
		this.choices = choices;
		this.clock = clock;
	}

	@GetMapping("/admin/apprentices/{id}/manage")
	String manage(@PathVariable long id, @AuthenticationPrincipal CurrentUser admin, Model model) {
		return render(id, admin, model);
	}

	@PostMapping("/admin/apprentices/{id}/coach")
	String changeCoach(@PathVariable long id, @Valid @ModelAttribute("coachForm") CoachForm form, BindingResult result,
			@AuthenticationPrincipal CurrentUser admin, Model model, RedirectAttributes redirect) {
		return apply(id, admin, result, "coachId", model, redirect, "manage.coach.done",
				() -> this.lifecycle.changeCoach(id, form.coach(), admin));
	}

	@PostMapping("/admin/apprentices/{id}/line-manager")
	String changeLineManager(@PathVariable long id, @Valid @ModelAttribute("lineManagerForm") LineManagerForm form,
			BindingResult result, @AuthenticationPrincipal CurrentUser admin, Model model,
			RedirectAttributes redirect) {
		return apply(id, admin, result, "lineManagerId", model, redirect, "manage.lineManager.done",
				() -> this.lifecycle.changeLineManager(id, form.lineManager(), admin));
	}

	@PostMapping("/admin/apprentices/{id}/epao")
	String chooseEpao(@PathVariable long id, @Valid @ModelAttribute("epaoForm") EpaoForm form, BindingResult result,
			@AuthenticationPrincipal CurrentUser admin, Model model, RedirectAttributes redirect) {
		return apply(id, admin, result, "epaoId", model, redirect, "manage.epao.done",
				() -> this.lifecycle.chooseEpao(id, form.epao(), admin));
	}

	@PostMapping("/admin/apprentices/{id}/break")
	String startBreak(@PathVariable long id, @Valid @ModelAttribute("breakForm") BreakForm form, BindingResult sent,
			@AuthenticationPrincipal CurrentUser admin, Model model, RedirectAttributes redirect) {
		return apply(id, admin, this.forms.complete(form, sent, model), "breakOn", model, redirect, "manage.break.done",
				() -> this.lifecycle.startBreak(id, form.on(), form.reason(), admin));
	}

	@PostMapping("/admin/apprentices/{id}/return")
	String returnFromBreak(@PathVariable long id, @Valid @ModelAttribute("returnForm") ReturnForm form,
			BindingResult result, @AuthenticationPrincipal CurrentUser admin, Model model,
			RedirectAttributes redirect) {
		return apply(id, admin, result, "returnOn", model, redirect, "manage.return.done",
				() -> this.lifecycle.returnFromBreak(id, form.on(), admin));
	}

	/**
	 * A withdrawal is recorded only from the step that restates it; until then nothing
	 * changes.
	 */
	@PostMapping("/admin/apprentices/{id}/withdraw")
	String withdraw(@PathVariable long id, @Valid @ModelAttribute("withdrawForm") WithdrawForm form, BindingResult sent,
			@AuthenticationPrincipal CurrentUser admin, Model model, RedirectAttributes redirect) {
		BindingResult result = this.forms.complete(form, sent, model);
		if (!result.hasErrors() && !form.isConfirmed()) {
			model.addAttribute("profile", this.directory.profile(id, admin));
			return "programme/confirm-withdrawal";
		}
		return apply(id, admin, result, "withdrawOn", model, redirect, "manage.withdraw.done",
				() -> this.lifecycle.withdraw(id, form.on(), form.reason(), admin));
	}

	private String apply(long id, CurrentUser admin, BindingResult result, String field, Model model,
			RedirectAttributes redirect, String doneKey, Runnable change) {
		if (!result.hasErrors()) {
			try {
				change.run();
				redirect.addFlashAttribute("flashMessage", doneKey);
				return "redirect:/admin/apprentices/" + id + "/manage";
			}
			catch (ProgrammeRuleException ex) {
				result.rejectValue(field, ex.getMessageKey());
			}
		}
		return render(id, admin, model);
	}

	private String render(long id, CurrentUser admin, Model model) {
		ApprenticeProfile profile = this.directory.profile(id, admin);
		LocalDate today = UkTime.today(this.clock);
		addIfMissing(model, "coachForm", new CoachForm(profile.coachId()));
		addIfMissing(model, "lineManagerForm", new LineManagerForm(profile.lineManagerId()));
		addIfMissing(model, "epaoForm", new EpaoForm(profile.epaoId()));
		addIfMissing(model, "breakForm", new BreakForm(today, ""));
		addIfMissing(model, "returnForm", new ReturnForm(today));
		addIfMissing(model, "withdrawForm", new WithdrawForm(null, "", null));
		model.addAttribute("profile", profile);
		model.addAttribute("coaches", this.choices.coaches());
		model.addAttribute("lineManagers", this.choices.lineManagersOf(profile.employerId()));
		model.addAttribute("epaos", this.choices.organisationsOf(OrganisationType.EPAO));
		return VIEW;
	}

	private static void addIfMissing(Model model, String name, Object form) {
		if (!model.containsAttribute(name)) {
			model.addAttribute(name, form);
		}
	}

}
