package org.hcstracker.portfolio;

import java.util.Optional;

import org.hcstracker.people.CurrentUser;
import org.hcstracker.portfolio.PortfolioViews.Filter;
import org.hcstracker.programme.ApprenticeDirectory;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * An apprentice's portfolio, its coverage, and one piece of evidence: shared by everyone
 * who may see the apprentice, each seeing what their role allows.
 */
@Controller
class PortfolioController {

	private final PortfolioPages portfolio;

	private final PortfolioFacts facts;

	private final ApprenticeDirectory directory;

	PortfolioController(PortfolioPages portfolio, PortfolioFacts facts, ApprenticeDirectory directory) {
		this.portfolio = portfolio;
		this.facts = facts;
		this.directory = directory;
	}

	@GetMapping("/apprentices/{id}/portfolio")
	String portfolio(@PathVariable long id, @AuthenticationPrincipal CurrentUser viewer,
			@RequestParam(required = false) @Nullable EvidenceStatus status,
			@RequestParam(required = false) @Nullable EvidenceType type,
			@RequestParam(required = false) @Nullable Long areaId, @RequestParam(required = false) @Nullable Long ksbId,
			@RequestParam(defaultValue = "0") int page, Model model) {
		Filter filter = new Filter(status, type, areaId, ksbId);
		model.addAttribute("portfolio", this.portfolio.portfolio(id, viewer, filter, page));
		model.addAttribute("name", this.directory.profile(id, viewer).name());
		model.addAttribute("filter", filter);
		model.addAttribute("statuses", EvidenceAccess.visibleStatuses(viewer));
		model.addAttribute("types", EvidenceType.values());
		model.addAttribute("pageLink",
				UriComponentsBuilder.fromPath("/apprentices/" + id + "/portfolio")
					.queryParamIfPresent("status", Optional.ofNullable(status))
					.queryParamIfPresent("type", Optional.ofNullable(type))
					.queryParamIfPresent("areaId", Optional.ofNullable(areaId))
					.queryParamIfPresent("ksbId", Optional.ofNullable(ksbId))
					.build()
					.toUriString());
		return "portfolio/portfolio";
	}

	@GetMapping("/apprentices/{id}/coverage")
	String coverage(@PathVariable long id, @AuthenticationPrincipal CurrentUser viewer, Model model) {
		model.addAttribute("coverage", this.facts.coverage(id, viewer));
		model.addAttribute("name", this.directory.profile(id, viewer).name());
		return "portfolio/coverage";
	}

	/**
	 * One piece of evidence; reached from the coach's review queue ({@code queue=true}
	 * with the queue's filters), its forms carry the queue along so that a decision opens
	 * the next piece waiting.
	 */
	@GetMapping("/apprentices/{id}/evidence/{evidenceId}")
	String evidence(@PathVariable long id, @PathVariable long evidenceId, @AuthenticationPrincipal CurrentUser viewer,
			@RequestParam(defaultValue = "false") boolean queue,
			@ModelAttribute("queueFilter") ReviewQueue.Filter queueFilter, Model model) {
		return evidencePage(model, this.portfolio.evidence(id, evidenceId, viewer),
				this.directory.profile(id, viewer).name(), queue);
	}

	/**
	 * The evidence page, with its forms empty unless they were sent back with errors.
	 */
	static String evidencePage(Model model, PortfolioViews.Detail evidence, String name, boolean fromQueue) {
		model.addAttribute("evidence", evidence);
		model.addAttribute("name", name);
		model.addAttribute("fromQueue", fromQueue);
		if (!model.containsAttribute("decision")) {
			model.addAttribute("decision", new DecisionForm(""));
		}
		if (!model.containsAttribute("message")) {
			model.addAttribute("message", new MessageForm(""));
		}
		if (!model.containsAttribute("queueFilter")) {
			model.addAttribute("queueFilter", ReviewQueue.Filter.none());
		}
		return "portfolio/evidence";
	}

	record DecisionForm(@Nullable String feedback) {
	}

	record MessageForm(@Nullable String text) {
	}

}
