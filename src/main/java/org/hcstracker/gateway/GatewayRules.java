package org.hcstracker.gateway;

import java.util.List;

import org.hcstracker.gateway.GatewayActions.Refusal;
import org.hcstracker.people.CurrentUser;
import org.hcstracker.people.Role;
import org.hcstracker.programme.ApprenticeRef;
import org.hcstracker.programme.ApprenticeStatus;
import org.jspecify.annotations.Nullable;

/**
 * Who may do what on a gateway checklist now, and why not: the one set of rules that both
 * decides what a page offers and refuses a change sent anyway.
 */
final class GatewayRules {

	private GatewayRules() {
	}

	/**
	 * What the person may do on the checklist now, and why not: the rules that the
	 * service's changes check, so that a page never offers what would be refused.
	 */
	static GatewayActions actions(ApprenticeRef ref, CurrentUser viewer, Readiness readiness, List<String> gaps) {
		boolean coach = isCoach(ref, viewer) && ref.status().isBeforeGateway();
		boolean lineManager = isLineManager(ref, viewer);
		return new GatewayActions(coach, coach ? portfolioRefusal(gaps) : Refusal.NOT_YOURS,
				lineManager ? approvalRefusal(ref.status(), readiness) : Refusal.NOT_YOURS,
				lineManager ? declineRefusal(ref.status()) : Refusal.NOT_YOURS,
				lineManager ? withdrawalRefusal(ref.status()) : Refusal.NOT_YOURS);
	}

	static @Nullable Refusal portfolioRefusal(List<String> gaps) {
		return gaps.isEmpty() ? null : new Refusal("gateway.portfolio.areasMissing", String.join(", ", gaps));
	}

	static @Nullable Refusal approvalRefusal(ApprenticeStatus status, Readiness readiness) {
		if (status == ApprenticeStatus.GATEWAY || status == ApprenticeStatus.IN_EPA
				|| status == ApprenticeStatus.COMPLETED) {
			return new Refusal("gateway.approve.already");
		}
		if (status != ApprenticeStatus.ON_PROGRAMME) {
			return new Refusal("gateway.approve.notOnProgramme");
		}
		return readiness.ready() ? null : new Refusal("gateway.approve.notReady");
	}

	static @Nullable Refusal declineRefusal(ApprenticeStatus status) {
		return (status == ApprenticeStatus.ON_PROGRAMME) ? null : new Refusal("gateway.decline.notOnProgramme");
	}

	static @Nullable Refusal withdrawalRefusal(ApprenticeStatus status) {
		return (status == ApprenticeStatus.GATEWAY) ? null : new Refusal("gateway.withdraw.notAtGateway");
	}

	static boolean isCoach(ApprenticeRef ref, CurrentUser viewer) {
		return viewer.role() == Role.COACH && ref.coachId() == viewer.accountId();
	}

	static boolean isLineManager(ApprenticeRef ref, CurrentUser viewer) {
		return viewer.role() == Role.EMPLOYER && ref.lineManagerId() == viewer.accountId();
	}

}
