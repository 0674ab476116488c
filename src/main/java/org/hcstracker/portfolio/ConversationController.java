package org.hcstracker.portfolio;

import java.util.Map;

import org.hcstracker.people.CurrentUser;
import org.hcstracker.portfolio.PortfolioController.MessageForm;
import org.hcstracker.programme.ApprenticeDirectory;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Writing in the conversation on a piece of evidence: the apprentice or their coach (403
 * for anyone else who may see it, 404 for those who may not).
 */
@Controller
class ConversationController {

	private final EvidenceConversation conversation;

	private final PortfolioPages portfolio;

	private final ApprenticeDirectory directory;

	ConversationController(EvidenceConversation conversation, PortfolioPages portfolio, ApprenticeDirectory directory) {
		this.conversation = conversation;
		this.portfolio = portfolio;
		this.directory = directory;
	}

	@PostMapping("/apprentices/{id}/evidence/{evidenceId}/messages")
	String post(@PathVariable long id, @PathVariable long evidenceId, @ModelAttribute("message") MessageForm message,
			BindingResult result, @RequestParam(defaultValue = "false") boolean queue,
			@ModelAttribute("queueFilter") ReviewQueue.Filter queueFilter, @AuthenticationPrincipal CurrentUser author,
			Model model, RedirectAttributes redirect) {
		try {
			this.conversation.post(id, evidenceId, message.text(), author);
			redirect.addFlashAttribute("flashMessage", "evidence.message.sent");
			String page = "/apprentices/" + id + "/evidence/" + evidenceId;
			return "redirect:" + (queue ? queueFilter.fromQueue(page) : page) + "#conversation";
		}
		catch (EvidenceRuleException ex) {
			ex.rejectOn(result, Map.of());
		}
		return PortfolioController.evidencePage(model, this.portfolio.evidence(id, evidenceId, author),
				this.directory.profile(id, author).name(), queue);
	}

}
