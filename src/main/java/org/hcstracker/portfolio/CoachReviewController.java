package org.hcstracker.portfolio;

import java.time.Clock;
import java.util.Optional;

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
 * The coach's review: the queue of submitted evidence across their caseload (filtered by
 * apprentice, area and kind), and accepting or returning one piece with feedback. A
 * decision on a piece opened from the queue opens the next piece waiting in the same
 * queue, or the queue itself when nothing else waits.
 */
@Controller
class CoachReviewController {

	private static final String QUEUE = "/coach/reviews";

	private final ReviewQueue queue;

	private final PortfolioPages portfolio;

	private final EvidenceReviewService evidence;

	private final ApprenticeDirectory directory;

	private final Clock clock;

	CoachReviewController(ReviewQueue queue, PortfolioPages portfolio, EvidenceReviewService evidence,
			ApprenticeDirectory directory, Clock clock) {
		this.queue = queue;
		this.portfolio = portfolio;
		this.evidence = evidence;
		this.directory = directory;
		this.clock = clock;
	}

	@GetMapping(QUEUE)
	String queue(@AuthenticationPrincipal CurrentUser coach, @ModelAttribute("filter") ReviewQueue.Filter filter,
			@RequestParam(defaultValue = "0") int page, Model model) {
		ReviewQueue.QueuePage queue = this.queue.page(coach, filter, page);
		model.addAttribute("queue", queue.items());
		model.addAttribute("apprentices", queue.apprentices());
		model.addAttribute("areas", queue.areas());
		model.addAttribute("types", EvidenceType.values());
		model.addAttribute("pageLink", filter.on(QUEUE));
		model.addAttribute("now", this.clock.instant());
		return "portfolio/reviews";
	}

	@PostMapping("/apprentices/{id}/evidence/{evidenceId}/accept")
	String accept(@PathVariable long id, @PathVariable long evidenceId, @RequestParam long version,
			@ModelAttribute("decision") DecisionForm decision, BindingResult result,
			@RequestParam(defaultValue = "false") boolean queue,
			@ModelAttribute("queueFilter") ReviewQueue.Filter queueFilter, @AuthenticationPrincipal CurrentUser coach,
			Model model, RedirectAttributes redirect) {
		try {
			String title = this.evidence.accept(id, evidenceId, version, decision.feedback(), coach);
			return afterDecision("evidence.accepted", title, queue, queueFilter, coach, redirect);
		}
		catch (EvidenceRuleException ex) {
			result.rejectValue("feedback", ex.getMessageKey(), ex.getArguments(), null);
		}
		return PortfolioController.evidencePage(model, this.portfolio.evidence(id, evidenceId, coach),
				this.directory.profile(id, coach).name(), queue);
	}

	@PostMapping("/apprentices/{id}/evidence/{evidenceId}/return")
	String giveBack(@PathVariable long id, @PathVariable long evidenceId, @RequestParam long version,
			@ModelAttribute("decision") DecisionForm decision, BindingResult result,
			@RequestParam(defaultValue = "false") boolean queue,
			@ModelAttribute("queueFilter") ReviewQueue.Filter queueFilter, @AuthenticationPrincipal CurrentUser coach,
			Model model, RedirectAttributes redirect) {
		try {
			String title = this.evidence.returnToApprentice(id, evidenceId, version,
					(decision.feedback() != null) ? decision.feedback() : "", coach);
			return afterDecision("evidence.returned", title, queue, queueFilter, coach, redirect);
		}
		catch (EvidenceRuleException ex) {
			result.rejectValue("feedback", ex.getMessageKey(), ex.getArguments(), null);
		}
		return PortfolioController.evidencePage(model, this.portfolio.evidence(id, evidenceId, coach),
				this.directory.profile(id, coach).name(), queue);
	}

	/**
	 * Where a decision leads: from the queue, to the next piece waiting in it (or back to
	 * it, saying nothing else waits), with what was done; otherwise back to the queue.
	 */
	private String afterDecision(String done, String title, boolean fromQueue, ReviewQueue.Filter filter,
			CurrentUser coach, RedirectAttributes redirect) {
		if (!fromQueue) {
			redirect.addFlashAttribute("flashMessage", done);
			return "redirect:" + QUEUE;
		}
		Optional<QueueItem> next = this.queue.next(coach, filter);
		redirect.addFlashAttribute("flashArgument", title);
		if (next.isEmpty()) {
			redirect.addFlashAttribute("flashMessage", done + ".nothingElse");
			return "redirect:" + filter.on(QUEUE);
		}
		redirect.addFlashAttribute("flashMessage", done + ".next");
		QueueItem item = next.get();
		return "redirect:" + filter.fromQueue("/apprentices/" + item.apprenticeId() + "/evidence/" + item.evidenceId());
	}

}
