package org.hcstracker.portfolio;

import java.time.Clock;
import java.util.Map;

import jakarta.validation.Valid;
import org.hcstracker.people.CurrentUser;
import org.hcstracker.shared.RuleException;
import org.hcstracker.shared.SentForms;
import org.hcstracker.shared.UkTime;
import org.hcstracker.shared.UploadProperties;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The apprentice's own evidence: logging it, editing it, submitting it and taking it
 * back. Only the apprentice themselves may do these (403 for anyone else who can see it).
 */
@Controller
class EvidenceController {

	private static final String FORM = "portfolio/evidence-form";

	private final EvidenceService evidence;

	private final EvidenceFiles files;

	private final PortfolioPages portfolio;

	private final Clock clock;

	private final UploadProperties uploads;

	private final SentForms forms;

	EvidenceController(EvidenceService evidence, EvidenceFiles files, PortfolioPages portfolio, Clock clock,
			UploadProperties uploads, SentForms forms) {
		this.files = files;
		this.forms = forms;
		this.uploads = uploads;
		this.evidence = evidence;
		this.portfolio = portfolio;
		this.clock = clock;
	}

	@GetMapping("/apprentices/{id}/evidence/new")
	String newForm(@PathVariable long id, @AuthenticationPrincipal CurrentUser apprentice, Model model,
			RedirectAttributes redirect) {
		PortfolioPages.FormChoices choices = this.portfolio.formChoices(id, apprentice);
		EvidenceRules.Refusal refusal = EvidenceRules.log(EvidenceRules.Relation.OWNER, choices.apprentice().status());
		if (refusal != null) {
			redirect.addFlashAttribute("flashError", refusal.messageKey());
			return "redirect:/apprentices/" + id + "/portfolio";
		}
		model.addAttribute("form", EvidenceForm.blank(UkTime.today(this.clock)));
		return form(id, null, apprentice, model);
	}

	@PostMapping("/apprentices/{id}/evidence/new")
	String create(@PathVariable long id, @Valid @ModelAttribute("form") EvidenceForm form, BindingResult sent,
			@RequestParam(defaultValue = "draft") String action, @AuthenticationPrincipal CurrentUser apprentice,
			Model model, RedirectAttributes redirect) {
		BindingResult result = this.forms.complete(form, sent, model);
		RuleException.rejectAllOn(this.evidence.refusals(id, form.toDraft(), apprentice), result, Map.of());
		if (result.hasErrors()) {
			RuleException.rejectAllOn(this.files.refusals(form.uploads()), result, Map.of());
		}
		if (!result.hasErrors()) {
			try {
				boolean submit = "submit".equals(action);
				long evidenceId = this.evidence.create(id, form.toDetails(), form.uploads(), submit, apprentice);
				redirect.addFlashAttribute("flashMessage", submit ? "evidence.submitted" : "evidence.saved");
				return "redirect:/apprentices/" + id + "/evidence/" + evidenceId;
			}
			catch (EvidenceRuleException ex) {
				ex.rejectOn(result, Map.of());
			}
		}
		return form(id, null, apprentice, model);
	}

	@GetMapping("/apprentices/{id}/evidence/{evidenceId}/edit")
	String editForm(@PathVariable long id, @PathVariable long evidenceId,
			@AuthenticationPrincipal CurrentUser apprentice, Model model) {
		PortfolioViews.Detail detail = this.portfolio.evidence(id, evidenceId, apprentice);
		if (!detail.canEdit()) {
			return "redirect:/apprentices/" + id + "/evidence/" + evidenceId;
		}
		model.addAttribute("form", EvidenceForm.of(detail));
		return form(id, detail, apprentice, model);
	}

	@PostMapping("/apprentices/{id}/evidence/{evidenceId}/edit")
	String update(@PathVariable long id, @PathVariable long evidenceId,
			@Valid @ModelAttribute("form") EvidenceForm form, BindingResult sent,
			@RequestParam(defaultValue = "draft") String action, @AuthenticationPrincipal CurrentUser apprentice,
			Model model, RedirectAttributes redirect) {
		BindingResult result = this.forms.complete(form, sent, model);
		RuleException.rejectAllOn(this.evidence.refusals(id, form.toDraft(), apprentice), result, Map.of());
		if (result.hasErrors()) {
			RuleException.rejectAllOn(this.files.refusals(form.uploads()), result, Map.of());
		}
		if (!result.hasErrors()) {
			try {
				boolean submit = "submit".equals(action);
				this.evidence.update(id, evidenceId, form.toDetails(), form.uploads(), form.version(), submit,
						apprentice);
				redirect.addFlashAttribute("flashMessage", submit ? "evidence.submitted" : "evidence.saved");
				return "redirect:/apprentices/" + id + "/evidence/" + evidenceId;
			}
			catch (EvidenceRuleException ex) {
				ex.rejectOn(result, Map.of());
			}
		}
		return form(id, this.portfolio.evidence(id, evidenceId, apprentice), apprentice, model);
	}

	@PostMapping("/apprentices/{id}/evidence/{evidenceId}/submit")
	String submit(@PathVariable long id, @PathVariable long evidenceId, @RequestParam long version,
			@AuthenticationPrincipal CurrentUser apprentice, RedirectAttributes redirect) {
		this.evidence.submit(id, evidenceId, version, apprentice);
		redirect.addFlashAttribute("flashMessage", "evidence.submitted");
		return "redirect:/apprentices/" + id + "/evidence/" + evidenceId;
	}

	@PostMapping("/apprentices/{id}/evidence/{evidenceId}/take-back")
	String takeBack(@PathVariable long id, @PathVariable long evidenceId, @RequestParam long version,
			@AuthenticationPrincipal CurrentUser apprentice, RedirectAttributes redirect) {
		this.evidence.takeBack(id, evidenceId, version, apprentice);
		redirect.addFlashAttribute("flashMessage", "evidence.takenBack");
		return "redirect:/apprentices/" + id + "/evidence/" + evidenceId;
	}

	private String form(long id, PortfolioViews.@Nullable Detail detail, CurrentUser apprentice, Model model) {
		PortfolioPages.FormChoices choices = this.portfolio.formChoices(id, apprentice);
		model.addAttribute("apprenticeId", id);
		model.addAttribute("detail", detail);
		model.addAttribute("areas", choices.areas());
		model.addAttribute("ksbs", choices.ksbs());
		model.addAttribute("types", EvidenceType.values());
		model.addAttribute("uploads", this.uploads);
		return FORM;
	}

}
