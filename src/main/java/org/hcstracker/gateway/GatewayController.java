package org.hcstracker.gateway;

import java.io.IOException;
import java.time.LocalDate;
import java.util.List;

import jakarta.servlet.http.HttpServletResponse;
import org.hcstracker.files.FileResponses;
import org.hcstracker.files.Upload;
import org.hcstracker.people.CurrentUser;
import org.hcstracker.people.OrganisationService;
import org.hcstracker.people.OrganisationType;
import org.hcstracker.programme.ApprenticeDirectory;
import org.hcstracker.shared.RuleException;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The gateway page: everyone who may see the apprentice reads the checklist; the coach
 * records its items; the line manager approves, declines or withdraws an approval. Every
 * change comes back to the page with what happened, or why it was refused.
 */
@Controller
class GatewayController {

	private final GatewayService gateway;

	private final ApprenticeDirectory directory;

	private final OrganisationService organisations;

	GatewayController(GatewayService gateway, ApprenticeDirectory directory, OrganisationService organisations) {
		this.gateway = gateway;
		this.directory = directory;
		this.organisations = organisations;
	}

	@GetMapping("/apprentices/{id}/gateway")
	String checklist(@PathVariable long id, @AuthenticationPrincipal CurrentUser viewer, Model model) {
		Checklist checklist = this.gateway.checklist(id, viewer);
		model.addAttribute("checklist", checklist);
		model.addAttribute("profile", this.directory.profile(id, viewer));
		model.addAttribute("items", List.of(GatewayItem.MATHS, GatewayItem.ENGLISH, GatewayItem.DIPLOMA));
		if (checklist.lineManager()) {
			model.addAttribute("epaos",
					this.organisations.organisations()
						.stream()
						.filter((organisation) -> organisation.type() == OrganisationType.EPAO)
						.toList());
		}
		return "gateway/checklist";
	}

	@PostMapping("/apprentices/{id}/gateway/items/{item}")
	String recordItem(@PathVariable long id, @PathVariable GatewayItem item,
			@RequestParam(required = false) @Nullable QualificationBasis basis,
			@RequestParam(required = false) @Nullable LocalDate date, @RequestParam(defaultValue = "") String detail,
			@RequestParam(required = false) @Nullable MultipartFile certificate,
			@AuthenticationPrincipal CurrentUser coach, RedirectAttributes redirect) {
		return act(id, redirect, "gateway.item.recorded",
				() -> this.gateway.recordQualification(id, item, (basis != null) ? basis : QualificationBasis.CONFIRMED,
						date, detail, (certificate != null) ? Upload.of(certificate) : null, coach));
	}

	@GetMapping("/apprentices/{id}/gateway/certificates/{certificateId}")
	void certificate(@PathVariable long id, @PathVariable long certificateId,
			@AuthenticationPrincipal CurrentUser viewer, HttpServletResponse response) throws IOException {
		CertificateView certificate = this.gateway.certificate(id, certificateId, viewer);
		FileResponses.headers(certificate.fileName(), certificate.contentType(), certificate.sizeBytes(), false)
			.forEach((name, values) -> values.forEach((value) -> response.addHeader(name, value)));
		this.gateway.writeCertificate(certificate, response.getOutputStream());
	}

	@PostMapping("/apprentices/{id}/gateway/portfolio")
	String confirmPortfolio(@PathVariable long id, @AuthenticationPrincipal CurrentUser coach,
			RedirectAttributes redirect) {
		return act(id, redirect, "gateway.portfolio.confirmed", () -> this.gateway.confirmPortfolio(id, coach));
	}

	@PostMapping("/apprentices/{id}/gateway/approve")
	String approve(@PathVariable long id, @RequestParam(required = false) @Nullable Long epaoId,
			@AuthenticationPrincipal CurrentUser lineManager, RedirectAttributes redirect) {
		return act(id, redirect, "gateway.approved",
				() -> this.gateway.approve(id, (epaoId != null) ? epaoId : -1, lineManager));
	}

	@PostMapping("/apprentices/{id}/gateway/decline")
	String decline(@PathVariable long id, @RequestParam(defaultValue = "") String reason,
			@AuthenticationPrincipal CurrentUser lineManager, RedirectAttributes redirect) {
		return act(id, redirect, "gateway.declined", () -> this.gateway.decline(id, reason, lineManager));
	}

	@PostMapping("/apprentices/{id}/gateway/withdraw")
	String withdraw(@PathVariable long id, @RequestParam(defaultValue = "") String reason,
			@AuthenticationPrincipal CurrentUser lineManager, RedirectAttributes redirect) {
		return act(id, redirect, "gateway.withdrawn", () -> this.gateway.withdraw(id, reason, lineManager));
	}

	private static String act(long id, RedirectAttributes redirect, String done, Runnable change) {
		try {
			change.run();
			redirect.addFlashAttribute("flashMessage", done);
		}
		catch (RuleException ex) {
			redirect.addFlashAttribute("flashError", ex.getMessageKey());
			redirect.addFlashAttribute("flashErrorArguments", ex.getArguments());
		}
		return "redirect:/apprentices/" + id + "/gateway";
	}

}
