package org.hcstracker.notifications;

import java.util.List;

import org.hcstracker.gateway.Checklist;
import org.hcstracker.gateway.GatewayChecklistService;
import org.hcstracker.gateway.GatewayDecisionService;
import org.hcstracker.notifications.SignLink.Subject;
import org.hcstracker.notifications.SignLinks.Found;
import org.hcstracker.people.CurrentUser;
import org.hcstracker.people.OrganisationService;
import org.hcstracker.people.OrganisationType;
import org.hcstracker.people.OrganisationView;
import org.hcstracker.programme.ApprenticeDirectory;
import org.hcstracker.programme.ApprenticeProfile;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Taking the gateway decision from the one-time link emailed to the line manager, without
 * a password: opening the link (a GET, as mail scanners do) and the step that restates a
 * decision only read; the confirmed decision uses the link, once, and decides as the
 * person it was sent to, by the same rules as in the app. A used, expired or unknown
 * link, a link to sign a review, or one opened by someone signed in as another person, is
 * refused.
 */
@Service
class EmailGatewayDecision {

	private final SignLinks links;

	private final GatewayChecklistService checklists;

	private final GatewayDecisionService decisions;

	private final ApprenticeDirectory directory;

	private final OrganisationService organisations;

	EmailGatewayDecision(SignLinks links, GatewayChecklistService checklists, GatewayDecisionService decisions,
			ApprenticeDirectory directory, OrganisationService organisations) {
		this.links = links;
		this.checklists = checklists;
		this.decisions = decisions;
		this.directory = directory;
		this.organisations = organisations;
	}

	/**
	 * What the link opens, changing nothing: the checklist as the line manager sees it.
	 * @param token the token from the link
	 * @param signedIn the person signed in on this browser, if any
	 * @return the checklist to decide on, or why not
	 */
	@Transactional(readOnly = true)
	public DecisionPage open(String token, @Nullable CurrentUser signedIn) {
		Found found = this.links.find(token, Subject.GATEWAY, signedIn);
		if (found.state() != SignLinkState.USABLE) {
			return DecisionPage.refused(found.state());
		}
		SignLink link = found.usable();
		CurrentUser lineManager = this.links.holder(link);
		return new DecisionPage(SignLinkState.USABLE, this.checklists.checklist(link.getApprenticeId(), lineManager),
				this.directory.profile(link.getApprenticeId(), lineManager), lineManager.name(), epaos());
	}

	/**
	 * Approves gateway for the apprentice the link is for, and uses the link up.
	 * @param token the token from the link
	 * @param epaoId the end-point assessment organisation chosen
	 * @param signedIn the person signed in on this browser, if any
	 * @return the link's state before: usable if it decided, otherwise why not
	 */
	@Transactional
	public SignLinkState approve(String token, long epaoId, @Nullable CurrentUser signedIn) {
		Found found = this.links.find(token, Subject.GATEWAY, signedIn);
		if (found.state() != SignLinkState.USABLE) {
			return found.state();
		}
		SignLink link = found.usable();
		this.links.use(link);
		this.decisions.approveFromEmailedLink(link.getApprenticeId(), epaoId, this.links.holder(link));
		return SignLinkState.USABLE;
	}

	/**
	 * Declines gateway for now for the apprentice the link is for, and uses the link up.
	 * @param token the token from the link
	 * @param reason why
	 * @param signedIn the person signed in on this browser, if any
	 * @return the link's state before: usable if it decided, otherwise why not
	 */
	@Transactional
	public SignLinkState decline(String token, String reason, @Nullable CurrentUser signedIn) {
		Found found = this.links.find(token, Subject.GATEWAY, signedIn);
		if (found.state() != SignLinkState.USABLE) {
			return found.state();
		}
		SignLink link = found.usable();
		this.links.use(link);
		this.decisions.declineFromEmailedLink(link.getApprenticeId(), reason, this.links.holder(link));
		return SignLinkState.USABLE;
	}

	private List<OrganisationView> epaos() {
		return this.organisations.organisations()
			.stream()
			.filter((organisation) -> organisation.type() == OrganisationType.EPAO)
			.toList();
	}

	/**
	 * What the page of a link shows.
	 *
	 * @param state where the link is
	 * @param checklist the checklist, when the link is usable
	 * @param profile whose checklist it is, when usable
	 * @param deciderName who decides with it, when usable
	 * @param epaos the end-point assessment organisations to choose from, when usable
	 */
	public record DecisionPage(SignLinkState state, @Nullable Checklist checklist, @Nullable ApprenticeProfile profile,
			String deciderName, List<OrganisationView> epaos) {

		public DecisionPage {
			epaos = List.copyOf(epaos);
		}

		static DecisionPage refused(SignLinkState state) {
			return new DecisionPage(state, null, null, "", List.of());
		}

		/**
		 * The EPAO chosen, if it is one of those offered.
		 * @param epaoId the id sent
		 * @return the EPAO, or null
		 */
		@Nullable OrganisationView epao(@Nullable Long epaoId) {
			return this.epaos.stream()
				.filter((organisation) -> Long.valueOf(organisation.id()).equals(epaoId))
				.findFirst()
				.orElse(null);
		}

	}

}
