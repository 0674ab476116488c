package org.hcstracker.home;

import org.hcstracker.people.CurrentUser;
import org.hcstracker.programme.ApprenticeDirectory;
import org.hcstracker.risk.ApprenticeRisk;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * An apprentice's page, shared by everyone who may see that apprentice (404 for everyone
 * else): their profile, timeline and at-risk flags.
 */
@Controller
class ApprenticePageController {

	private final ApprenticeDirectory directory;

	private final ApprenticeRisk risk;

	ApprenticePageController(ApprenticeDirectory directory, ApprenticeRisk risk) {
		this.directory = directory;
		this.risk = risk;
	}

	@GetMapping("/apprentices/{id}")
	String page(@PathVariable long id, @AuthenticationPrincipal CurrentUser viewer, Model model) {
		model.addAttribute("page", this.directory.page(id, viewer));
		model.addAttribute("risk", this.risk.of(id, viewer));
		return "programme/apprentice";
	}

}
