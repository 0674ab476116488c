package org.hcstracker.gateway;

import java.io.IOException;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.hcstracker.files.FileResponses;
import org.hcstracker.files.Upload;
import org.hcstracker.gateway.GatewayForms.ItemForm;
import org.hcstracker.people.CurrentUser;
import org.hcstracker.shared.RuleException;
import org.hcstracker.shared.SentForms;
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
 * The gateway page: everyone who may see the apprentice reads the checklist; the coach
 * records its items and confirms the portfolio. A form that fails comes back with what
 * was typed, its errors and the summary at the top. The line manager's decisions are in
 * {@link GatewayDecisionController}.
 */
@Controller
class GatewayController {

	private final GatewayItemService items;

	private final GatewayChecklistService checklists;

	private final GatewayPages pages;

	private final SentForms forms;

	GatewayController(GatewayItemService items, GatewayChecklistService checklists, GatewayPages pages,
			SentForms forms) {
		this.items = items;
		this.checklists = checklists;
		this.pages = pages;
		this.forms = forms;
	}

	@GetMapping("/apprentices/{id}/gateway")
	String checklist(@PathVariable long id, @AuthenticationPrincipal CurrentUser viewer, Model model) {
		return this.pages.checklist(id, viewer, model);
	}

	/**
	 * An item's form, sent to the gateway page's own address (with the item in its body),
	 * so that when it comes back with errors the address bar still shows the page's.
	 */
	@PostMapping(path = "/apprentices/{id}/gateway", params = "item")
	String recordItem(@PathVariable long id, @RequestParam GatewayItem item,
			@Valid @ModelAttribute("itemForm") ItemForm form, BindingResult sent,
			@AuthenticationPrincipal CurrentUser coach, Model model, RedirectAttributes redirect) {
		BindingResult result = this.forms.complete(form, sent, model);
		Upload upload = form.upload();
		GatewayPages.rejectAll(result,
				this.items.refusalsOfItem(id, item, form.basis(), form.date(), form.detail(), upload, coach));
		if (!result.hasErrors() && form.basis() != null) {
			try {
				this.items.recordQualification(id, item, form.basis(), form.date(),
						(form.detail() != null) ? form.detail() : "", upload, coach);
				redirect.addFlashAttribute("flashMessage", "gateway.item.recorded");
				return "redirect:/apprentices/" + id + "/gateway";
			}
			catch (RuleException ex) {
				GatewayPages.reject(result, ex);
			}
		}
		return this.pages.checklistWithErrors(id, coach, model, GatewayPages.itemFormName(item), "-" + item.name(),
				form, result);
	}

	@GetMapping("/apprentices/{id}/gateway/certificates/{certificateId}")
	void certificate(@PathVariable long id, @PathVariable long certificateId,
			@AuthenticationPrincipal CurrentUser viewer, HttpServletResponse response) throws IOException {
		CertificateView certificate = this.checklists.certificate(id, certificateId, viewer);
		FileResponses.headers(certificate.fileName(), certificate.contentType(), certificate.sizeBytes(), false)
			.forEach((name, values) -> values.forEach((value) -> response.addHeader(name, value)));
		this.checklists.writeCertificate(certificate, response.getOutputStream());
	}

	@PostMapping("/apprentices/{id}/gateway/portfolio")
	String confirmPortfolio(@PathVariable long id, @AuthenticationPrincipal CurrentUser coach,
			RedirectAttributes redirect) {
		try {
			this.items.confirmPortfolio(id, coach);
			redirect.addFlashAttribute("flashMessage", "gateway.portfolio.confirmed");
		}
		catch (GatewayRuleException ex) {
			redirect.addFlashAttribute("flashError", ex.getMessageKey());
			redirect.addFlashAttribute("flashErrorArguments", ex.getArguments());
		}
		return "redirect:/apprentices/" + id + "/gateway";
	}

}
