package org.hcstracker.home;

import org.hcstracker.people.CurrentUser;
import org.hcstracker.programme.ApprenticeDirectory;
import org.hcstracker.programme.ApprenticeListQuery;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The coach's home: their caseload, searchable and sortable, a page at a time.
 */
@Controller
class CoachHomeController {

	private final ApprenticeDirectory directory;

	CoachHomeController(ApprenticeDirectory directory) {
		this.directory = directory;
	}

	@GetMapping("/coach")
	String home(@AuthenticationPrincipal CurrentUser coach, @RequestParam(required = false) @Nullable String q,
			@RequestParam(required = false) @Nullable String sort, @RequestParam(defaultValue = "0") int page,
			Model model) {
		ApprenticeListQuery query = ApprenticeListQuery.of(q, sort, page);
		model.addAttribute("query", query);
		model.addAttribute("apprentices", this.directory.caseload(coach, query));
		model.addAttribute("pageLink", query.linkWithoutPage("/coach"));
		return "home/coach";
	}

}
