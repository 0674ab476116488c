package org.hcstracker.epa;

import java.time.LocalDate;
import java.util.Map;

import org.hcstracker.people.CurrentUser;
import org.hcstracker.shared.RuleException;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The end-point assessment page: everyone who may see the apprentice reads the results;
 * the admin assigns the assessor and records the certificate's issue; the assigned
 * assessor records, confirms, amends and requests the certificate. Every change comes
 * back to the page with what happened or why it was refused, with what was typed kept.
 */
@Controller
class EpaController {

	private final EpaService epa;

	EpaController(EpaService epa) {
		this.epa = epa;
	}

	@GetMapping("/apprentices/{id}/epa")
	String page(@PathVariable long id, @AuthenticationPrincipal CurrentUser viewer, Model model) {
		model.addAttribute("epa", this.epa.page(id, viewer));
		model.addAttribute("grades", EpaGrade.values());
		if (!model.containsAttribute("typed")) {
			model.addAttribute("typed", Map.of());
		}
		return "epa/results";
	}

	@PostMapping("/apprentices/{id}/epa/assessor")
	String assign(@PathVariable long id, @RequestParam(required = false) @Nullable Long assessorId,
			@AuthenticationPrincipal CurrentUser admin, RedirectAttributes redirect) {
		return act(id, redirect, "epa.assigned", Map.of(),
				() -> this.epa.assign(id, (assessorId != null) ? assessorId : -1, admin));
	}

	@PostMapping("/apprentices/{id}/epa/results/{element}")
	String record(@PathVariable long id, @PathVariable EpaElement element,
			@RequestParam(defaultValue = "") String grade, @RequestParam(required = false) @Nullable LocalDate date,
			@RequestParam(defaultValue = "") String notes, @AuthenticationPrincipal CurrentUser assessor,
			RedirectAttributes redirect) {
		Map<String, String> typed = Map.of("form", element.name(), "grade", grade, "date",
				(date != null) ? date.toString() : "", "notes", notes);
		return act(id, redirect, "epa.recorded", typed,
				() -> this.epa.recordResult(id, element, grade(grade), date, notes, assessor));
	}

	@PostMapping("/apprentices/{id}/epa/confirm")
	String confirm(@PathVariable long id, @AuthenticationPrincipal CurrentUser assessor, RedirectAttributes redirect) {
		return act(id, redirect, "epa.confirmed", Map.of(), () -> this.epa.confirm(id, assessor));
	}

	@PostMapping("/apprentices/{id}/epa/amendments")
	String amend(@PathVariable long id, @RequestParam(required = false) @Nullable EpaElement element,
			@RequestParam(defaultValue = "") String grade, @RequestParam(defaultValue = "") String reason,
			@AuthenticationPrincipal CurrentUser assessor, RedirectAttributes redirect) {
		Map<String, String> typed = Map.of("form", "AMENDMENT", "element", (element != null) ? element.name() : "",
				"grade", grade, "reason", reason);
		return act(id, redirect, "epa.amended", typed, () -> {
			if (element == null) {
				throw new EpaRuleException("epa.element.required");
			}
			this.epa.amend(id, element, grade(grade), reason, assessor);
		});
	}

	@PostMapping("/apprentices/{id}/epa/certificate/requested")
	String requestCertificate(@PathVariable long id, @RequestParam(required = false) @Nullable LocalDate date,
			@AuthenticationPrincipal CurrentUser assessor, RedirectAttributes redirect) {
		return act(id, redirect, "epa.certificate.requested", Map.of(),
				() -> this.epa.requestCertificate(id, date, assessor));
	}

	@PostMapping("/apprentices/{id}/epa/certificate/issued")
	String issueCertificate(@PathVariable long id, @RequestParam(required = false) @Nullable LocalDate date,
			@AuthenticationPrincipal CurrentUser admin, RedirectAttributes redirect) {
		return act(id, redirect, "epa.certificate.issued", Map.of(), () -> this.epa.issueCertificate(id, date, admin));
	}

	private static EpaGrade grade(String grade) {
		try {
			return EpaGrade.valueOf(grade);
		}
		catch (IllegalArgumentException ex) {
			throw new EpaRuleException("epa.grade.required");
		}
	}

	private static String act(long id, RedirectAttributes redirect, String done, Map<String, String> typed,
			Runnable change) {
		try {
			change.run();
			redirect.addFlashAttribute("flashMessage", done);
		}
		catch (RuleException ex) {
			redirect.addFlashAttribute("flashError", ex.getMessageKey());
			redirect.addFlashAttribute("flashErrorArguments", ex.getArguments());
			redirect.addFlashAttribute("typed", typed);
		}
		return "redirect:/apprentices/" + id + "/epa";
	}

}
