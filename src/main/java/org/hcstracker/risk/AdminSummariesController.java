package org.hcstracker.risk;

import org.hcstracker.people.CurrentUser;
import org.hcstracker.people.Role;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The admin rebuilds every apprentice's summary from the records: the figures the lists
 * order and flag by are derived data, and this puts them right if anything ever changed
 * the records outside the application.
 */
@Controller
class AdminSummariesController {

	private static final Logger log = LoggerFactory.getLogger(AdminSummariesController.class);

	private final SummaryRebuilds summaries;

	AdminSummariesController(SummaryRebuilds summaries) {
		this.summaries = summaries;
	}

	@GetMapping("/admin/summaries")
	String page(@AuthenticationPrincipal CurrentUser admin) {
		admin.requireRole(Role.ADMIN);
		return "risk/summaries";
	}

	@PostMapping("/admin/summaries/rebuild")
	String rebuild(@AuthenticationPrincipal CurrentUser admin, RedirectAttributes redirect) {
		admin.requireRole(Role.ADMIN);
		int rebuilt = this.summaries.rebuildAll();
		log.info("{} rebuilt the summaries of {} apprentices", admin.accountId(), rebuilt);
		redirect.addFlashAttribute("flashMessage", "summaries.rebuilt");
		redirect.addFlashAttribute("flashArgument", rebuilt);
		return "redirect:/admin/summaries";
	}

}
