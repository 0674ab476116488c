package org.hcstracker.home;

import org.hcstracker.people.CurrentUser;
import org.hcstracker.portfolio.PortfolioFacts;
import org.hcstracker.programme.ApprenticeDirectory;
import org.hcstracker.progress.ProgressFacts;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The apprentice's home: what needs them, their profile and programme dates.
 */
@Controller
class ApprenticeHomeController {

	private final ApprenticeDirectory directory;

	private final PortfolioFacts portfolio;

	private final ProgressFacts progress;

	ApprenticeHomeController(ApprenticeDirectory directory, PortfolioFacts portfolio, ProgressFacts progress) {
		this.directory = directory;
		this.portfolio = portfolio;
		this.progress = progress;
	}

	@GetMapping("/apprentice")
	String home(@AuthenticationPrincipal CurrentUser apprentice, Model model) {
		model.addAttribute("profile", this.directory.ownProfile(apprentice).orElse(null));
		model.addAttribute("needs", this.portfolio.needs(apprentice).orElse(null));
		model.addAttribute("reviewsToSign", this.progress.reviewsToSign(apprentice));
		return "home/apprentice";
	}

}
