package org.hcstracker.home;

import org.hcstracker.gateway.GatewayFacts;
import org.hcstracker.people.CurrentUser;
import org.hcstracker.portfolio.PortfolioFacts;
import org.hcstracker.programme.ApprenticeRow;
import org.hcstracker.programme.ApprenticeListQuery;
import org.hcstracker.progress.ProgressFacts;
import org.hcstracker.risk.RiskList;
import org.hcstracker.risk.RiskService;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Page;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The coach's home: how much evidence waits for review, the progress reviews overdue or
 * due within two weeks, the off-the-job hours waiting for approval, and their caseload
 * (each apprentice's status with its reasons and evidence waiting), the most at risk
 * first, searchable and sortable, a page at a time.
 */
@Controller
class CoachHomeController {

	private final RiskService risk;

	private final PortfolioFacts portfolio;

	private final ProgressFacts progress;

	private final GatewayFacts gateway;

	CoachHomeController(RiskService risk, PortfolioFacts portfolio, ProgressFacts progress, GatewayFacts gateway) {
		this.gateway = gateway;
		this.risk = risk;
		this.portfolio = portfolio;
		this.progress = progress;
	}

	@GetMapping("/coach")
	String home(@AuthenticationPrincipal CurrentUser coach, @RequestParam(required = false) @Nullable String q,
			@RequestParam(required = false) @Nullable String sort, @RequestParam(defaultValue = "0") int page,
			Model model) {
		ApprenticeListQuery query = ApprenticeListQuery.riskFirst(q, sort, page);
		model.addAttribute("query", query);
		RiskList list = this.risk.caseload(coach, query);
		Page<ApprenticeRow> caseload = list.page();
		model.addAttribute("apprentices", caseload);
		model.addAttribute("risks", list.risks());
		model.addAttribute("readiness", this.gateway.readinessOf(caseload.map(ApprenticeRow::id).getContent()));
		model.addAttribute("awaiting",
				this.portfolio.awaitingReview(coach, caseload.map(ApprenticeRow::id).getContent()));
		model.addAttribute("queue", this.portfolio.queue(coach, 0));
		model.addAttribute("reviewsDue", this.progress.dueForCoach(coach));
		model.addAttribute("otjAwaiting", this.progress.awaitingApproval(coach));
		model.addAttribute("pageLink", query.linkWithoutPage("/coach"));
		return "home/coach";
	}

}
