package org.hcstracker.home;

import org.hcstracker.gateway.GatewayFacts;
import org.hcstracker.people.CurrentUser;
import org.hcstracker.programme.ApprenticeListQuery;
import org.hcstracker.progress.ProgressTasks;
import org.hcstracker.risk.RiskList;
import org.hcstracker.risk.RiskService;
import org.hcstracker.risk.StatusFilter;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The line manager's home: the reviews waiting for their signature, then the apprentices
 * their organisation employs with each one's status and its reasons, the most at risk
 * first (their own first among equals), with how many of them have each status (each a
 * link to those alone), and the recent activity of the apprentices they manage.
 */
@Controller
class EmployerHomeController {

	private final RiskService risk;

	private final ActivityFeed activity;

	private final ProgressTasks progress;

	private final GatewayFacts gateway;

	EmployerHomeController(RiskService risk, ActivityFeed activity, ProgressTasks progress, GatewayFacts gateway) {
		this.gateway = gateway;
		this.risk = risk;
		this.activity = activity;
		this.progress = progress;
	}

	@GetMapping("/employer")
	String home(@AuthenticationPrincipal CurrentUser lineManager, @RequestParam(required = false) @Nullable String q,
			@RequestParam(required = false) @Nullable String sort, @RequestParam(defaultValue = "0") int page,
			@RequestParam(required = false) @Nullable String rag, Model model) {
		ApprenticeListQuery query = ApprenticeListQuery.riskFirst(q, sort, page);
		StatusFilter filter = StatusFilter.parse(rag);
		model.addAttribute("query", query);
		RiskList list = this.risk.employed(lineManager, query, filter);
		model.addAttribute("apprentices", list.page());
		model.addAttribute("risks", list.risks());
		model.addAttribute("counts", list.counts());
		model.addAttribute("filter", filter);
		model.addAttribute("reviewsToSign", this.progress.reviewsToSign(lineManager));
		model.addAttribute("gatewayDecisions", this.gateway.decisionsWaiting(lineManager));
		model.addAttribute("activity", this.activity.ofLineManaged(lineManager));
		model.addAttribute("pageLink", StatusFilter.keptIn(query.linkWithoutPage("/employer"), filter));
		return "home/employer";
	}

}
