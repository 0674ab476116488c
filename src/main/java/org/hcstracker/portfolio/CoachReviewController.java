package org.hcstracker.portfolio;

import java.time.Clock;

import org.hcstracker.people.CurrentUser;
import org.hcstracker.portfolio.PortfolioController.DecisionForm;
import org.hcstracker.programme.ApprenticeDirectory;
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
 * The coach's review: the queue of submitted evidence across their caseload, and
 * accepting or returning one piece with feedback.
 */
@Controller
class CoachReviewController {

	private final PortfolioFacts facts;

	private final PortfolioPages portfolio;

	private final EvidenceReviewService evidence;

	private final ApprenticeDirectory directory;

	private final Clock clock;

	CoachReviewController(PortfolioFacts facts, PortfolioPages portfolio, EvidenceReviewService evidence,
			ApprenticeDirectory directory, Clock clock) {
		this.facts = facts;
		this.portfolio = portfolio;
		this.evidence = evidence;
		this.directory = directory;
		this.clock = clock;
	}

	@GetMapping("/coach/reviews")
	String queue(@AuthenticationPrincipal CurrentUser coach, @RequestParam(defaultValue = "0") int page, Model model) {
		model.addAttribute("queue", this.facts.queue(coach, page));
		model.addAttribute("now", this.clock.instant());
		return "portfolio/reviews";
	}

	@PostMapping("/apprentices/{id}/evidence/{evidenceId}/accept")
	String accept(@PathVariable long id, @PathVariable long evidenceId, @RequestParam long version,
			@ModelAttribute("decision") DecisionForm decision, BindingResult result,
			@AuthenticationPrincipal CurrentUser coach, Model model, RedirectAttributes redirect) {
		try {
			this.evidence.accept(id, evidenceId, version, decision.feedback(), coach);
			redirect.addFlashAttribute("flashMessage", "evidence.accepted");
			return "redirect:/coach/reviews";
		}
		catch (EvidenceRuleException ex) {
			result.rejectValue("feedback", ex.getMessageKey(), ex.getArguments(), null);
		}
		model.addAttribute("evidence", this.portfolio.evidence(id, evidenceId, coach));
		model.addAttribute("name", this.directory.profile(id, coach).name());
		return "portfolio/evidence";
	}

	@PostMapping("/apprentices/{id}/evidence/{evidenceId}/return")
	String giveBack(@PathVariable long id, @PathVariable long evidenceId, @RequestParam long version,
			@ModelAttribute("decision") DecisionForm decision, BindingResult result,
			@AuthenticationPrincipal CurrentUser coach, Model model, RedirectAttributes redirect) {
		try {
			this.evidence.returnToApprentice(id, evidenceId, version,
					(decision.feedback() != null) ? decision.feedback() : "", coach);
			redirect.addFlashAttribute("flashMessage", "evidence.returned");
			return "redirect:/coach/reviews";
		}
		catch (EvidenceRuleException ex) {
			result.rejectValue("feedback", ex.getMessageKey(), ex.getArguments(), null);
		}
		model.addAttribute("evidence", this.portfolio.evidence(id, evidenceId, coach));
		model.addAttribute("name", this.directory.profile(id, coach).name());
		return "portfolio/evidence";
	}

}
