package org.hcstracker.gateway;

import java.util.List;
import java.util.Map;

import org.hcstracker.gateway.GatewayDecision.DecisionView;
import org.hcstracker.portfolio.PortfolioViews.AreaCoverage;
import org.hcstracker.programme.ApprenticeRef;
import org.hcstracker.shared.ViewModel;
import org.jspecify.annotations.Nullable;

/**
 * An apprentice's gateway checklist, with what the person looking may do.
 *
 * @param apprentice the apprentice
 * @param readiness ready or not, item by item
 * @param areas the programme areas' accepted and waiting evidence, beside the checklist
 * @param decisions the line manager's decisions, oldest first
 * @param certificates the certificates that stand, by item
 * @param coach whether the person is the apprentice's coach, who records the items
 * @param lineManager whether the person is the apprentice's line manager, who decides
 * @param actions what the person may do now, and why not
 */
@ViewModel
public record Checklist(ApprenticeRef apprentice, Readiness readiness, List<AreaCoverage> areas,
		List<DecisionView> decisions, Map<GatewayItem, CertificateView> certificates, boolean coach,
		boolean lineManager, GatewayActions actions) {

	public Checklist {
		areas = List.copyOf(areas);
		decisions = List.copyOf(decisions);
		certificates = Map.copyOf(certificates);
	}

	/**
	 * Why the person looking may not approve gateway now, by the rule the service checks.
	 * @return the refusal's message key, or null if they may
	 */
	public @Nullable String approvalRefusal() {
		GatewayActions.Refusal refusal = this.actions.approve();
		return (refusal != null) ? refusal.messageKey() : null;
	}

	/**
	 * Why the person looking may not decline gateway now, by the rule the service checks.
	 * @return the refusal's message key, or null if they may
	 */
	public @Nullable String declineRefusal() {
		GatewayActions.Refusal refusal = this.actions.decline();
		return (refusal != null) ? refusal.messageKey() : null;
	}

	/**
	 * The certificate that stands for an item.
	 * @param item the item
	 * @return the certificate, or null if none was uploaded
	 */
	public @Nullable CertificateView certificate(GatewayItem item) {
		return this.certificates.get(item);
	}

}
