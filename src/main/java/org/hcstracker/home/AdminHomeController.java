package org.hcstracker.home;

import org.hcstracker.epa.EpaListService;
import org.hcstracker.people.CurrentUser;
import org.hcstracker.programme.ApprenticeLists;
import org.hcstracker.programme.ApprenticeListQuery;
import org.hcstracker.programme.ApprenticeStatus;
import org.hcstracker.risk.ProgrammeTotalsService;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The admin's home page: the apprentices at gateway, waiting for an assessor, and the
 * certificates to record as issued; the programme's apprentices by status, by division
 * and by employer; then the tools.
 */
@Controller
class AdminHomeController {

	private final ApprenticeLists lists;

	private final EpaListService epa;

	private final ProgrammeTotalsService totals;

	AdminHomeController(ApprenticeLists lists, EpaListService epa, ProgrammeTotalsService totals) {
		this.lists = lists;
		this.epa = epa;
		this.totals = totals;
	}

	@GetMapping("/admin")
	String home(@AuthenticationPrincipal CurrentUser admin, Model model) {
		model.addAttribute("atGateway",
				this.lists.all(admin, new ApprenticeLists.ApprenticeFilter(ApprenticeStatus.GATEWAY, null, null, null),
						ApprenticeListQuery.of(null, "START", 0)));
		model.addAttribute("certificatesToIssue", this.epa.certificatesToIssue(admin));
		model.addAttribute("totals", this.totals.totals(admin));
		return "home/admin";
	}

}
