package org.hcstracker.notifications;

import java.util.Map;
import java.util.Objects;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.hcstracker.gateway.Checklist;
import org.hcstracker.notifications.EmailGatewayDecision.DecisionPage;
import org.hcstracker.people.CurrentUser;
import org.hcstracker.people.OrganisationView;
import org.hcstracker.shared.RuleException;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

/**
 * The pages a line manager's emailed gateway link opens, without signing in: the
 * checklist, read only, with Approve and Decline; each goes through the step that
 * restates it, as in the app, and only the confirmed decision uses the link. A decision
 * no longer open, or a form that fails, comes back on the checklist with its errors and
 * the link kept.
 */
@Controller
class GatewayFromEmailController {

	/** Which form field a refusal concerns, by a part of its message key. */
	private static final Map<String, String> FIELDS = Map.of("reason", "reason", "epao", "epaoId");

	private static final String APPROVE_FORM = "approveForm";

	private static final String DECLINE_FORM = "declineForm";

	private final EmailGatewayDecision deciding;

	GatewayFromEmailController(EmailGatewayDecision deciding) {
		this.deciding = deciding;
	}

	@GetMapping("/sign/gateway/{token}")
	String open(@PathVariable String token, @AuthenticationPrincipal @Nullable CurrentUser signedIn, Model model,
			HttpServletResponse response) {
		return show(this.deciding.open(token, signedIn), token, model, response);
	}

	@PostMapping("/sign/gateway/{token}/approve")
	String approve(@PathVariable String token, @Valid @ModelAttribute(APPROVE_FORM) ApproveForm form,
			BindingResult result, @AuthenticationPrincipal @Nullable CurrentUser signedIn, Model model,
			HttpServletResponse response) {
		DecisionPage page = this.deciding.open(token, signedIn);
		if (page.checklist() == null) {
			return show(page, token, model, response);
		}
		OrganisationView epao = page.epao(form.epaoId());
		if (!result.hasErrors() && epao == null) {
			result.rejectValue("epaoId", "gateway.epao.required");
		}
		rejectIfClosed(page.checklist(), page.checklist().approvalRefusal(), result);
		if (result.hasErrors() || epao == null) {
			return withErrors(page, token, model, response, APPROVE_FORM, "", result);
		}
		if (!form.isConfirmed()) {
			return confirmStep(page, token, "approve", epao, "", model);
		}
		SignLinkState state;
		try {
			state = this.deciding.approve(token, epao.id(), signedIn);
		}
		catch (RuleException ex) {
			ex.rejectOn(result, FIELDS);
			return withErrors(this.deciding.open(token, signedIn), token, model, response, APPROVE_FORM, "", result);
		}
		return decided(state, "approved", token, model, response);
	}

	@PostMapping("/sign/gateway/{token}/decline")
	String decline(@PathVariable String token, @Valid @ModelAttribute(DECLINE_FORM) DeclineForm form,
			BindingResult result, @AuthenticationPrincipal @Nullable CurrentUser signedIn, Model model,
			HttpServletResponse response) {
		DecisionPage page = this.deciding.open(token, signedIn);
		if (page.checklist() == null) {
			return show(page, token, model, response);
		}
		rejectIfClosed(page.checklist(), page.checklist().declineRefusal(), result);
		if (result.hasErrors()) {
			return withErrors(page, token, model, response, DECLINE_FORM, "-decline", result);
		}
		if (!form.isConfirmed()) {
			return confirmStep(page, token, "decline", null, form.checkedReason().strip(), model);
		}
		SignLinkState state;
		try {
			state = this.deciding.decline(token, form.checkedReason(), signedIn);
		}
		catch (RuleException ex) {
			ex.rejectOn(result, FIELDS);
			return withErrors(this.deciding.open(token, signedIn), token, model, response, DECLINE_FORM, "-decline",
					result);
		}
		return decided(state, "declined", token, model, response);
	}

	@GetMapping("/sign/gateway/approved")
	String approved(Model model) {
		model.addAttribute("decided", "approved");
		return "notifications/gateway-decided";
	}

	@GetMapping("/sign/gateway/declined")
	String declined(Model model) {
		model.addAttribute("decided", "declined");
		return "notifications/gateway-decided";
	}

	private static String decided(SignLinkState state, String outcome, String token, Model model,
			HttpServletResponse response) {
		if (state != SignLinkState.USABLE) {
			return show(DecisionPage.refused(state), token, model, response);
		}
		return "redirect:/sign/gateway/" + outcome;
	}

	/**
	 * Refuses the step when the decision is not open now, for the reason the service
	 * gives: a decision that belongs to someone else is refused as the service refuses
	 * it.
	 */
	private static void rejectIfClosed(Checklist checklist, @Nullable String refusal, BindingResult result) {
		if (refusal != null && !result.hasGlobalErrors()) {
			result.reject(checklist.lineManager() ? refusal : "gateway.decision.notLineManager");
		}
	}

	private static String confirmStep(DecisionPage page, String token, String decision, @Nullable OrganisationView epao,
			String reason, Model model) {
		model.addAttribute("page", page);
		model.addAttribute("token", token);
		model.addAttribute("profile", page.profile());
		model.addAttribute("decision", decision);
		model.addAttribute("epao", epao);
		model.addAttribute("reason", reason);
		return "notifications/gateway-confirm";
	}

	private static String withErrors(DecisionPage page, String token, Model model, HttpServletResponse response,
			String name, String idSuffix, BindingResult result) {
		model.addAttribute(BindingResult.MODEL_KEY_PREFIX + name, result);
		model.addAttribute("failedForm", name);
		model.addAttribute("failedSuffix", idSuffix);
		return show(page, token, model, response);
	}

	private static String show(DecisionPage page, String token, Model model, HttpServletResponse response) {
		response.setStatus(switch (page.state()) {
			case USABLE -> HttpStatus.OK.value();
			case USED, EXPIRED -> HttpStatus.GONE.value();
			case FOREIGN -> HttpStatus.FORBIDDEN.value();
			case UNKNOWN -> HttpStatus.NOT_FOUND.value();
		});
		model.addAttribute("page", page);
		model.addAttribute("token", token);
		if (page.checklist() != null) {
			model.addAttribute("checklist", page.checklist());
			model.addAttribute("profile", page.profile());
			model.addAttribute("epaos", page.epaos());
			if (!model.containsAttribute(APPROVE_FORM)) {
				model.addAttribute(APPROVE_FORM, new ApproveForm(null, null));
			}
			if (!model.containsAttribute(DECLINE_FORM)) {
				model.addAttribute(DECLINE_FORM, new DeclineForm("", null));
			}
		}
		return "notifications/gateway-decision";
	}

	/**
	 * The approval, recorded only once confirmed on the step that restates it.
	 *
	 * @param epaoId the end-point assessment organisation
	 * @param confirmed whether it was sent from the confirmation step
	 */
	record ApproveForm(@NotNull(message = "{gateway.epao.required}") @Nullable Long epaoId,
			@Nullable Boolean confirmed) {

		boolean isConfirmed() {
			return Boolean.TRUE.equals(this.confirmed);
		}

	}

	/**
	 * Declining for now, with a reason, recorded only once confirmed on the step that
	 * restates it.
	 *
	 * @param reason why
	 * @param confirmed whether it was sent from the confirmation step
	 */
	record DeclineForm(@NotBlank(message = "{gateway.reason.required}") @Size(max = 1000,
			message = "{gateway.reason.required}") @Nullable String reason, @Nullable Boolean confirmed) {

		boolean isConfirmed() {
			return Boolean.TRUE.equals(this.confirmed);
		}

		String checkedReason() {
			return Objects.requireNonNull(this.reason, "reason is checked by the form's validation");
		}

	}

}
