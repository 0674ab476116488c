package org.hcstracker.epa;

import jakarta.validation.Valid;
import org.hcstracker.epa.EpaForms.AssignForm;
import org.hcstracker.epa.EpaForms.ConfirmForm;
import org.hcstracker.epa.EpaForms.DateForm;
import org.hcstracker.people.CurrentUser;
import org.hcstracker.people.Role;
import org.hcstracker.shared.RuleException;
import org.springframework.security.access.AccessDeniedException;
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
 * The end-point assessment's decisions that are hard to undo, each recorded only from the
 * step that restates it: the assessor's confirmation of the overall grade (the three
 * results, the grade and why), and the admin's choice of assessor. The admin also records
 * the certificate's issue.
 */
@Controller
class EpaDecisionController {

	private final EpaPageService epa;

	private final EpaGradeService grades;

	private final EpaAdminService administration;

	private final EpaPages pages;

	EpaDecisionController(EpaPageService epa, EpaGradeService grades, EpaAdminService administration, EpaPages pages) {
		this.epa = epa;
		this.grades = grades;
		this.administration = administration;
		this.pages = pages;
	}

	@GetMapping("/apprentices/{id}/epa/confirm")
	String confirmStep(@PathVariable long id, @AuthenticationPrincipal CurrentUser assessor, Model model,
			RedirectAttributes redirect) {
		return this.pages.confirmStep(id, assessor, model, redirect);
	}

	/**
	 * Confirms the grade restated on the confirmation step, which sends it; anything else
	 * shows that step, and nothing is recorded.
	 */
	@PostMapping("/apprentices/{id}/epa/confirm")
	String confirm(@PathVariable long id, @ModelAttribute("confirmForm") ConfirmForm form, BindingResult result,
			@AuthenticationPrincipal CurrentUser assessor, Model model, RedirectAttributes redirect) {
		if (!result.hasErrors() && form.grade() != null) {
			try {
				this.grades.confirm(id, form.grade(), assessor);
				redirect.addFlashAttribute("flashMessage", "epa.confirmed");
				return "redirect:/apprentices/" + id + "/epa";
			}
			catch (EpaRuleException ex) {
				EpaPages.reject(result, ex);
			}
		}
		return this.pages.confirmStep(id, assessor, model, redirect);
	}

	/**
	 * The admin's choice of assessor: first the step that restates it, then, confirmed
	 * from there, the assignment.
	 */
	@PostMapping("/apprentices/{id}/epa/assessor")
	String assign(@PathVariable long id, @Valid @ModelAttribute("assignForm") AssignForm form, BindingResult result,
			@AuthenticationPrincipal CurrentUser admin, Model model, RedirectAttributes redirect) {
		EpaPage page = this.epa.page(id, admin);
		if (admin.role() != Role.ADMIN) {
			throw new AccessDeniedException("Only the admin assigns assessors");
		}
		if (!result.hasErrors()) {
			long assessorId = form.checkedAssessorId();
			if (page.assessors().stream().noneMatch((a) -> a.id() == assessorId)) {
				result.rejectValue("assessorId",
						page.actions().assign() ? "epa.assessor.invalid" : "epa.assign.notNow");
			}
		}
		if (!result.hasErrors() && !form.isConfirmed()) {
			return this.pages.assignStep(page, form, model);
		}
		if (!result.hasErrors()) {
			try {
				this.administration.assign(id, form.checkedAssessorId(), admin);
				redirect.addFlashAttribute("flashMessage", "epa.assigned");
				return "redirect:/apprentices/" + id + "/epa";
			}
			catch (RuleException ex) {
				EpaPages.reject(result, ex);
			}
		}
		return this.pages.resultsWithErrors(id, admin, model, "assignForm", "", form, result);
	}

	@PostMapping("/apprentices/{id}/epa/certificate/issued")
	String issueCertificate(@PathVariable long id, @Valid @ModelAttribute("issueForm") DateForm form,
			BindingResult result, @AuthenticationPrincipal CurrentUser admin, Model model,
			RedirectAttributes redirect) {
		if (!result.hasErrors()) {
			try {
				this.administration.issueCertificate(id, form.date(), admin);
				redirect.addFlashAttribute("flashMessage", "epa.certificate.issued");
				return "redirect:/apprentices/" + id + "/epa";
			}
			catch (EpaRuleException ex) {
				EpaPages.reject(result, ex);
			}
		}
		return this.pages.resultsWithErrors(id, admin, model, "issueForm", "-issued", form, result);
	}

}
