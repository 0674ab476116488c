package org.hcstracker.epa;

import java.util.Map;

import org.hcstracker.epa.EpaForms.AssignForm;
import org.hcstracker.epa.EpaForms.ChangeForm;
import org.hcstracker.epa.EpaForms.ConfirmForm;
import org.hcstracker.epa.EpaForms.DateForm;
import org.hcstracker.epa.EpaForms.ResultForm;
import org.hcstracker.people.CurrentUser;
import org.hcstracker.shared.RuleException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The pages of the end-point assessment, as each controller shows them: the results page
 * with a form for what the person may do now (the one that failed keeps what was typed,
 * with its errors and the summary at the top), the page to correct or amend one element's
 * result, and the steps that restate a decision before it is confirmed.
 */
@Component
class EpaPages {

	static final String RESULTS = "epa/results";

	/** The name of the model attribute holding the name of the form that failed. */
	private static final String FAILED = "failedForm";

	/**
	 * Which form field a refusal concerns, by a part of its message key; the rest are
	 * about the form as a whole.
	 */
	private static final Map<String, String> FIELDS = Map.of("grade", "grade", "Grade", "grade", "date", "date",
			"retake", "date", "notes", "notes", "reason", "reason", "Reason", "reason", "assessor", "assessorId");

	private final EpaPageService epa;

	EpaPages(EpaPageService epa) {
		this.epa = epa;
	}

	/**
	 * The results page, with the forms not already in the model blank.
	 * @param id the apprentice
	 * @param viewer who is looking
	 * @param model the model
	 * @return the view
	 */
	String results(long id, CurrentUser viewer, Model model) {
		model.addAttribute("epa", this.epa.page(id, viewer));
		for (EpaElement element : EpaElement.values()) {
			addIfMissing(model, resultFormName(element), ResultForm.blank());
		}
		addIfMissing(model, "assignForm", new AssignForm(null, null));
		addIfMissing(model, "requestForm", new DateForm(null));
		addIfMissing(model, "issueForm", new DateForm(null));
		return RESULTS;
	}

	/**
	 * The results page again, with a form that failed, what was typed and its errors.
	 * @param id the apprentice
	 * @param viewer who is looking
	 * @param model the model
	 * @param name the form's model name
	 * @param idSuffix what its fields' ids end with, after the field's name
	 * @param form the form
	 * @param result its errors
	 * @return the view
	 */
	String resultsWithErrors(long id, CurrentUser viewer, Model model, String name, String idSuffix, Object form,
			BindingResult result) {
		withErrors(model, name, idSuffix, form, result);
		return results(id, viewer, model);
	}

	/**
	 * The page to change one element's result: a correction with a reason before the
	 * grade is confirmed, an amendment with a reason after. Back to the results with a
	 * message when neither is open.
	 * @param id the apprentice
	 * @param element the element
	 * @param viewer the assessor
	 * @param model the model, with the form
	 * @param redirect where the message goes when the change is not open
	 * @return the view
	 */
	String change(long id, EpaElement element, CurrentUser viewer, Model model, RedirectAttributes redirect) {
		EpaPage page = this.epa.page(id, viewer);
		EpaPage.ElementView row = page.element(element);
		boolean amending = page.actions().amend() && row.latest() != null;
		if (!row.correctable() && !amending) {
			EpaPage.Actions actions = page.actions();
			String why = actions.changeRefusal();
			if (why == null && !actions.correct() && !actions.amend()) {
				throw new AccessDeniedException("Only the assigned assessor changes a result");
			}
			redirect.addFlashAttribute("flashError", (why != null) ? why
					: (row.latest() == null) ? "epa.correct.nothingRecorded" : "epa.correct.earlierAttempt");
			return "redirect:/apprentices/" + id + "/epa";
		}
		addIfMissing(model, "form", new ChangeForm(null, ""));
		model.addAttribute("epa", page);
		model.addAttribute("row", row);
		model.addAttribute("amending", amending);
		return "epa/change";
	}

	/**
	 * The step that restates the three results, the overall grade and why, before the
	 * assessor confirms it. Back to the results with a message when there is nothing to
	 * confirm.
	 * @param id the apprentice
	 * @param viewer the assessor
	 * @param model the model
	 * @param redirect where the message goes when there is nothing to confirm
	 * @return the view
	 */
	String confirmStep(long id, CurrentUser viewer, Model model, RedirectAttributes redirect) {
		EpaPage page = this.epa.page(id, viewer);
		if (!page.actions().confirm()) {
			String why = page.actions().confirmRefusal();
			if (why == null) {
				throw new AccessDeniedException("Only the assigned assessor confirms the grade");
			}
			redirect.addFlashAttribute("flashError", why);
			return "redirect:/apprentices/" + id + "/epa";
		}
		addIfMissing(model, "confirmForm", new ConfirmForm(null));
		model.addAttribute("epa", page);
		return "epa/confirm";
	}

	/**
	 * The step that restates the assessor the admin chose before it is recorded.
	 * @param page the results page as the admin sees it
	 * @param form the assessor chosen
	 * @param model the model
	 * @return the view
	 */
	String assignStep(EpaPage page, AssignForm form, Model model) {
		model.addAttribute("epa", page);
		model.addAttribute("assessor",
				page.assessors()
					.stream()
					.filter((assessor) -> Long.valueOf(assessor.id()).equals(form.assessorId()))
					.findFirst()
					.orElseThrow());
		return "epa/confirm-assessor";
	}

	static String resultFormName(EpaElement element) {
		return "result" + element.name();
	}

	/**
	 * Puts a failed form, its errors and the ids of its fields in the model, for the
	 * error summary at the top of the page.
	 */
	static void withErrors(Model model, String name, String idSuffix, Object form, BindingResult result) {
		model.addAttribute(name, form);
		model.addAttribute(BindingResult.MODEL_KEY_PREFIX + name, result);
		model.addAttribute(FAILED, name);
		model.addAttribute("failedSuffix", idSuffix);
	}

	/**
	 * A refusal as an error of the form: of the field it concerns, or of the form as a
	 * whole.
	 * @param result the form's errors
	 * @param ex the refusal
	 */
	static void reject(BindingResult result, RuleException ex) {
		ex.rejectOn(result, FIELDS);
	}

	private static void addIfMissing(Model model, String name, Object value) {
		if (!model.containsAttribute(name)) {
			model.addAttribute(name, value);
		}
	}

}
