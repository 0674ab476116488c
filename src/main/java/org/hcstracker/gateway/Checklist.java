package org.hcstracker.gateway;

import java.util.List;

import org.hcstracker.gateway.GatewayDecision.DecisionView;
import org.hcstracker.portfolio.PortfolioViews.AreaCoverage;
import org.hcstracker.programme.ApprenticeRef;

/**
 * An apprentice's gateway checklist, with what the person looking may do.
 *
 * @param apprentice the apprentice
 * @param readiness ready or not, item by item
 * @param areas the programme areas' accepted and waiting evidence, beside the checklist
 * @param decisions the line manager's decisions, oldest first
 * @param coach whether the person is the apprentice's coach, who records the items
 * @param lineManager whether the person is the apprentice's line manager, who decides
 */
public record Checklist(ApprenticeRef apprentice, Readiness readiness, List<AreaCoverage> areas,
		List<DecisionView> decisions, boolean coach, boolean lineManager) {

	public Checklist {
		areas = List.copyOf(areas);
		decisions = List.copyOf(decisions);
	}

}
