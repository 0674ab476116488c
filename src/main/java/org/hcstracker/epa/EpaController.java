package org.hcstracker.epa;

import jakarta.validation.Valid;
import org.hcstracker.epa.EpaForms.ChangeForm;
import org.hcstracker.epa.EpaForms.DateForm;
import org.hcstracker.epa.EpaForms.ResultForm;
import org.hcstracker.people.CurrentUser;
import org.hcstracker.shared.SentForms;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The end-point assessment page: everyone who may see the apprentice reads the results;
 * the assigned assessor records each element once, corrects or amends a result with a
 * reason on its own page, and records the certificate request. A form that fails comes
 * back with what was typed, its errors and the summary at the top.
 */
@Controller
class EpaController {

	private final EpaResultService results;

	private final EpaGradeService grades;

	private final EpaPages pages;

	private final SentForms forms;

	EpaController(EpaResultService results, EpaGradeService grades, EpaPages pages, SentForms forms) {
		this.forms = forms;
		this.results = results;
		this.grades = grades;
		this.pages = pages;
	}

	@GetMapping("/apprentices/{id}/epa")
	String page(@PathVariable long id, @AuthenticationPrincipal CurrentUser viewer, Model model) {
		return this.pages.results(id, viewer, model);
	}

	@PostMapping("/apprentices/{id}/epa/results/{element}")
	String record(@PathVariable long id, @PathVariable EpaElement element,
			@Valid @ModelAttribute("resultForm") ResultForm form, BindingResult sent,
			@AuthenticationPrincipal CurrentUser assessor, Model model, RedirectAttributes redirect) {
		BindingResult result = this.forms.complete(form, sent, model);
		if (!result.hasErrors()) {
			try {
				this.results.recordResult(id, element, form.checkedGrade(), form.date(), form.notes(), assessor);
				redirect.addFlashAttribute("flashMessage", "epa.recorded");
				return results(id);
			}
			catch (EpaRuleException ex) {
				if ("epa.result.recordedAlready".equals(ex.getMessageKey())) {
					return askForReason(id, element, form, assessor, model, redirect);
				}
				EpaPages.reject(result, ex);
			}
		}
		return this.pages.resultsWithErrors(id, assessor, model, EpaPages.resultFormName(element), "-" + element.name(),
				form, result);
	}

	/**
	 * A second result for an element already recorded is a correction: the page to
	 * correct it, with the grade sent, asks for the reason.
	 */
	private String askForReason(long id, EpaElement element, ResultForm sent, CurrentUser assessor, Model model,
			RedirectAttributes redirect) {
		ChangeForm change = new ChangeForm(sent.grade(), "");
		BindingResult changeResult = new BeanPropertyBindingResult(change, "form");
		changeResult.rejectValue("reason", "epa.result.recordedAlready");
		model.addAttribute("form", change);
		model.addAttribute(BindingResult.MODEL_KEY_PREFIX + "form", changeResult);
		return this.pages.change(id, element, assessor, model, redirect);
	}

	@GetMapping("/apprentices/{id}/epa/results/{element}/change")
	String changeForm(@PathVariable long id, @PathVariable EpaElement element,
			@AuthenticationPrincipal CurrentUser assessor, Model model, RedirectAttributes redirect) {
		return this.pages.change(id, element, assessor, model, redirect);
	}

	@PostMapping("/apprentices/{id}/epa/results/{element}/change")
	String change(@PathVariable long id, @PathVariable EpaElement element,
			@Valid @ModelAttribute("form") ChangeForm form, BindingResult result,
			@AuthenticationPrincipal CurrentUser assessor, Model model, RedirectAttributes redirect) {
		if (!result.hasErrors()) {
			try {
				EpaEntryKind kind = this.results.changeResult(id, element, form.checkedGrade(), form.reason(),
						assessor);
				redirect.addFlashAttribute("flashMessage",
						(kind == EpaEntryKind.AMENDMENT) ? "epa.amended" : "epa.corrected");
				return results(id);
			}
			catch (EpaRuleException ex) {
				EpaPages.reject(result, ex);
			}
		}
		return this.pages.change(id, element, assessor, model, redirect);
	}

	@PostMapping("/apprentices/{id}/epa/certificate/requested")
	String requestCertificate(@PathVariable long id, @Valid @ModelAttribute("requestForm") DateForm form,
			BindingResult result, @AuthenticationPrincipal CurrentUser assessor, Model model,
			RedirectAttributes redirect) {
		if (!result.hasErrors()) {
			try {
				this.grades.requestCertificate(id, form.date(), assessor);
				redirect.addFlashAttribute("flashMessage", "epa.certificate.requested");
				return results(id);
			}
			catch (EpaRuleException ex) {
				EpaPages.reject(result, ex);
			}
		}
		return this.pages.resultsWithErrors(id, assessor, model, "requestForm", "-requested", form, result);
	}

	private static String results(long id) {
		return "redirect:/apprentices/" + id + "/epa";
	}

}
