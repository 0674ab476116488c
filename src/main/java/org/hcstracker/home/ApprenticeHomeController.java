package org.hcstracker.home;

import org.hcstracker.people.CurrentUser;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The apprentice's home: their status with its reasons, how far through the programme
 * they are, what needs them now and what happened lately.
 */
@Controller
class ApprenticeHomeController {

	private final ApprenticeDashboards dashboards;

	ApprenticeHomeController(ApprenticeDashboards dashboards) {
		this.dashboards = dashboards;
	}

	@GetMapping("/apprentice")
	String home(@AuthenticationPrincipal CurrentUser apprentice, Model model) {
		model.addAttribute("home", this.dashboards.of(apprentice).orElse(null));
		return "home/apprentice";
	}

}
