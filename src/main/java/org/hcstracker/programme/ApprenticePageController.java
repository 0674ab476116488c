package org.hcstracker.programme;

import org.hcstracker.people.CurrentUser;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * An apprentice's page, shared by everyone who may see that apprentice; 404 for everyone
 * else.
 */
@Controller
class ApprenticePageController {

	private final ApprenticeDirectory directory;

	ApprenticePageController(ApprenticeDirectory directory) {
		this.directory = directory;
	}

	@GetMapping("/apprentices/{id}")
	String page(@PathVariable long id, @AuthenticationPrincipal CurrentUser viewer, Model model) {
		model.addAttribute("page", this.directory.page(id, viewer));
		return "programme/apprentice";
	}

}
