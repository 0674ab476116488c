package org.hcstracker.notifications;

import java.util.Optional;

import org.hcstracker.people.CurrentUser;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The administrator's outbox (what was sent, what waits, what failed, what was no longer
 * needed) and, in the demo only, each person's own mailbox.
 */
@Controller
class OutboxController {

	private final OutboxPages pages;

	OutboxController(OutboxPages pages) {
		this.pages = pages;
	}

	@GetMapping("/admin/outbox")
	String outbox(@RequestParam(defaultValue = "WAITING") NotificationStatus status,
			@RequestParam(defaultValue = "") String recipient, @RequestParam(defaultValue = "0") int page,
			@AuthenticationPrincipal CurrentUser admin, Model model) {
		model.addAttribute("status", status);
		model.addAttribute("recipient", recipient);
		model.addAttribute("tabs", OutboxPages.TABS);
		model.addAttribute("counts", this.pages.counts(admin));
		model.addAttribute("messages", this.pages.outbox(status, recipient, page, admin));
		model.addAttribute("pageLink",
				UriComponentsBuilder.fromPath("/admin/outbox")
					.queryParam("status", status.name())
					.queryParamIfPresent("recipient", Optional.of(recipient).filter((text) -> !text.isBlank()))
					.encode()
					.build()
					.toUriString());
		return "notifications/outbox";
	}

	@GetMapping("/mailbox")
	String mailbox(@RequestParam(defaultValue = "0") int page, @AuthenticationPrincipal CurrentUser person,
			Model model) {
		model.addAttribute("messages", this.pages.mailbox(page, person));
		model.addAttribute("pageLink", "/mailbox");
		return "notifications/mailbox";
	}

	@GetMapping("/mailbox/{id}")
	String message(@PathVariable long id, @AuthenticationPrincipal CurrentUser person, Model model) {
		model.addAttribute("message", this.pages.message(id, person));
		return "notifications/message";
	}

	/** Tells every page whether the signed-in person has a demo mailbox. */
	@ControllerAdvice
	static class MailboxLink {

		private final OutboxPages pages;

		MailboxLink(OutboxPages pages) {
			this.pages = pages;
		}

		@ModelAttribute("demoMailbox")
		boolean demoMailbox(@AuthenticationPrincipal @Nullable CurrentUser person) {
			return person != null && this.pages.hasMailbox(person);
		}

	}

}
