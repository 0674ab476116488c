package org.hcstracker.home;

import org.hcstracker.people.CurrentUser;
import org.hcstracker.programme.ApprenticeDirectory;
import org.hcstracker.programme.ApprenticeListQuery;
import org.hcstracker.progress.ProgressReviewService;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The line manager's home: the reviews waiting for their signature, then the apprentices
 * their organisation employs, their own first.
 */
@Controller
class EmployerHomeController {

	private final ApprenticeDirectory directory;

	private final ProgressReviewService reviews;

	EmployerHomeController(ApprenticeDirectory directory, ProgressReviewService reviews) {
		this.directory = directory;
		this.reviews = reviews;
	}

	@GetMapping("/employer")
	String home(@AuthenticationPrincipal CurrentUser lineManager, @RequestParam(required = false) @Nullable String q,
			@RequestParam(required = false) @Nullable String sort, @RequestParam(defaultValue = "0") int page,
			Model model) {
		ApprenticeListQuery query = ApprenticeListQuery.of(q, sort, page);
		model.addAttribute("query", query);
		model.addAttribute("apprentices", this.directory.employed(lineManager, query));
		model.addAttribute("reviewsToSign", this.reviews.toSign(lineManager));
		model.addAttribute("pageLink", query.linkWithoutPage("/employer"));
		return "home/employer";
	}

}
