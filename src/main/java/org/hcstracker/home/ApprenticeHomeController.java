package org.hcstracker.home;

import org.hcstracker.people.CurrentUser;
import org.hcstracker.portfolio.PortfolioFacts;
import org.hcstracker.programme.ApprenticeDirectory;
import org.hcstracker.progress.ProgressReviewService;
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

	private final ProgressReviewService reviews;

	ApprenticeHomeController(ApprenticeDirectory directory, PortfolioFacts portfolio, ProgressReviewService reviews) {
		this.directory = directory;
		this.portfolio = portfolio;
		this.reviews = reviews;
	}

	@GetMapping("/apprentice")
	String home(@AuthenticationPrincipal CurrentUser apprentice, Model model) {
		model.addAttribute("profile", this.directory.ownProfile(apprentice).orElse(null));
		model.addAttribute("needs", this.portfolio.needs(apprentice).orElse(null));
		model.addAttribute("reviewsToSign", this.reviews.toSign(apprentice));
		return "home/apprentice";
	}

}
