package org.hcstracker.gateway;

import jakarta.validation.Valid;
import org.hcstracker.gateway.GatewayActions.Refusal;
import org.hcstracker.gateway.GatewayForms.ApproveForm;
import org.hcstracker.gateway.GatewayForms.ReasonForm;
import org.hcstracker.people.CurrentUser;
import org.hcstracker.people.OrganisationView;
import org.hcstracker.shared.RuleException;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The line manager's gateway decisions. Approving and declining are recorded only from
 * the step that restates them (nothing is recorded until then); an approval is withdrawn
 * with a reason, likewise confirmed. A form that fails comes back on the checklist with
 * its errors.
 */
@Controller
class GatewayDecisionController {

	private final GatewayDecisionService decisions;

	private final GatewayChecklistService checklists;

	private final GatewayPages pages;

	GatewayDecisionController(GatewayDecisionService decisions, GatewayChecklistService checklists,
			GatewayPages pages) {
		this.decisions = decisions;
		this.checklists = checklists;
		this.pages = pages;
	}

	@PostMapping("/apprentices/{id}/gateway/approve")
	String approve(@PathVariable long id, @Valid @ModelAttribute("approveForm") ApproveForm form, BindingResult result,
			@AuthenticationPrincipal CurrentUser lineManager, Model model, RedirectAttributes redirect) {
		OrganisationView epao = this.pages.epaos()
			.stream()
			.filter((organisation) -> Long.valueOf(organisation.id()).equals(form.epaoId()))
			.findFirst()
			.orElse(null);
		if (!result.hasErrors() && epao == null) {
			result.rejectValue("epaoId", "gateway.epao.required");
		}
		if (!result.hasErrors() && !form.isConfirmed()) {
			rejectIfClosed(this.checklists.checklist(id, lineManager).actions().approve(), result);
			if (!result.hasErrors()) {
				return this.pages.decisionStep(id, lineManager, "approve", epao, "", model);
			}
		}
		if (!result.hasErrors() && epao != null) {
			try {
				this.decisions.approve(id, epao.id(), lineManager);
				redirect.addFlashAttribute("flashMessage", "gateway.approved");
				return "redirect:/apprentices/" + id + "/gateway";
			}
			catch (RuleException ex) {
				GatewayPages.reject(result, ex);
			}
		}
		return this.pages.checklistWithErrors(id, lineManager, model, "approveForm", "", form, result);
	}

	@PostMapping("/apprentices/{id}/gateway/decline")
	String decline(@PathVariable long id, @Valid @ModelAttribute("declineForm") ReasonForm form, BindingResult result,
			@AuthenticationPrincipal CurrentUser lineManager, Model model, RedirectAttributes redirect) {
		if (!result.hasErrors() && !form.isConfirmed()) {
			rejectIfClosed(this.checklists.checklist(id, lineManager).actions().decline(), result);
			if (!result.hasErrors()) {
				return this.pages.decisionStep(id, lineManager, "decline", null, form.checkedReason().strip(), model);
			}
		}
		if (!result.hasErrors()) {
			try {
				this.decisions.decline(id, form.checkedReason(), lineManager);
				redirect.addFlashAttribute("flashMessage", "gateway.declined");
				return "redirect:/apprentices/" + id + "/gateway";
			}
			catch (RuleException ex) {
				GatewayPages.reject(result, ex);
			}
		}
		return this.pages.checklistWithErrors(id, lineManager, model, "declineForm", "-decline", form, result);
	}

	@PostMapping("/apprentices/{id}/gateway/withdraw")
	String withdraw(@PathVariable long id, @Valid @ModelAttribute("withdrawForm") ReasonForm form, BindingResult result,
			@AuthenticationPrincipal CurrentUser lineManager, Model model, RedirectAttributes redirect) {
		if (!result.hasErrors() && !form.isConfirmed()) {
			rejectIfClosed(this.checklists.checklist(id, lineManager).actions().withdraw(), result);
			if (!result.hasErrors()) {
				return this.pages.decisionStep(id, lineManager, "withdraw", null, form.checkedReason().strip(), model);
			}
		}
		if (!result.hasErrors()) {
			try {
				this.decisions.withdraw(id, form.checkedReason(), lineManager);
				redirect.addFlashAttribute("flashMessage", "gateway.withdrawn");
				return "redirect:/apprentices/" + id + "/gateway";
			}
			catch (RuleException ex) {
				GatewayPages.reject(result, ex);
			}
		}
		return this.pages.checklistWithErrors(id, lineManager, model, "withdrawForm", "-withdraw", form, result);
	}

	/**
	 * Refuses the step when the decision is not open now, for the same reason the service
	 * would give.
	 */
	private static void rejectIfClosed(@Nullable Refusal refusal, BindingResult result) {
		if (refusal != null) {
			result.reject(refusal.concernsViewer() ? refusal.messageKey() : "gateway.decision.notLineManager",
					refusal.argumentArray(), null);
		}
	}

}
