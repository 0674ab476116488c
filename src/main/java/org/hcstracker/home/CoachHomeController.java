package org.hcstracker.home;

import org.hcstracker.gateway.GatewayFacts;
import org.hcstracker.people.CurrentUser;
import org.hcstracker.programme.ApprenticeListQuery;
import org.hcstracker.programme.ApprenticeRow;
import org.hcstracker.risk.CoachHome;
import org.hcstracker.risk.RiskService;
import org.hcstracker.risk.StatusFilter;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Page;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The coach's home: how much evidence waits for review, the progress reviews overdue or
 * due within two weeks, the off-the-job hours waiting for approval, how many of their
 * caseload have each status (each a link to those alone), and their caseload (each
 * apprentice's status with its reasons and evidence waiting), the most at risk first,
 * searchable and sortable, a page at a time, and the recent activity across the caseload.
 * All but the gateway readiness of the page's rows and the recent activity comes from the
 * apprentices' summaries.
 */
@Controller
class CoachHomeController {

	private final RiskService risk;

	private final ActivityFeed activity;

	private final GatewayFacts gateway;

	CoachHomeController(RiskService risk, ActivityFeed activity, GatewayFacts gateway) {
		this.gateway = gateway;
		this.risk = risk;
		this.activity = activity;
	}

	@GetMapping("/coach")
	String home(@AuthenticationPrincipal CurrentUser coach, @RequestParam(required = false) @Nullable String q,
			@RequestParam(required = false) @Nullable String sort, @RequestParam(defaultValue = "0") int page,
			@RequestParam(required = false) @Nullable String rag, Model model) {
		ApprenticeListQuery query = ApprenticeListQuery.riskFirst(q, sort, page);
		StatusFilter filter = StatusFilter.parse(rag);
		model.addAttribute("query", query);
		CoachHome home = this.risk.coachHome(coach, query, filter);
		Page<ApprenticeRow> caseload = home.caseload().page();
		model.addAttribute("apprentices", caseload);
		model.addAttribute("risks", home.caseload().risks());
		model.addAttribute("counts", home.caseload().counts());
		model.addAttribute("filter", filter);
		model.addAttribute("readiness", this.gateway.readinessOf(caseload.map(ApprenticeRow::id).getContent()));
		model.addAttribute("awaiting", home.caseload().awaiting());
		model.addAttribute("evidenceWaiting", home.evidenceWaiting());
		model.addAttribute("reviewsDue", home.reviewsDue());
		model.addAttribute("otjAwaiting", home.otjAwaiting());
		model.addAttribute("activity", this.activity.ofCaseload(coach));
		model.addAttribute("pageLink", StatusFilter.keptIn(query.linkWithoutPage("/coach"), filter));
		return "home/coach";
	}

}
