package org.hcstracker.gateway;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.hcstracker.gateway.GatewayActions.Refusal;
import org.hcstracker.people.CurrentUser;
import org.hcstracker.people.Role;
import org.hcstracker.programme.ApprenticeRef;
import org.hcstracker.programme.ApprenticeStatus;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Who may do what on a gateway checklist, for every relationship to the apprentice and
 * every lifecycle status: "allowed", "hidden" (the action is someone else's and the page
 * does not mention it) or the message saying why not now. The service refuses a change by
 * the same rules, so this table is also what it lets through.
 */
class GatewayRulesTests {

	private static final long APPRENTICE_ACCOUNT = 10;

	private static final long COACH = 20;

	private static final long LINE_MANAGER = 30;

	private static final long ASSESSOR = 40;

	@ParameterizedTest(name = "{0} of an apprentice {1}, ready {2}, areas missing {3}")
	@CsvSource(
			textBlock = """
					# viewer,        status,            ready, gaps,  items, confirm portfolio,               approve,                         decline,                         withdraw
					coach,           ON_PROGRAMME,      true,  false, true,  allowed,                         hidden,                          hidden,                          hidden
					coach,           ON_PROGRAMME,      false, true,  true,  gateway.portfolio.areasMissing,  hidden,                          hidden,                          hidden
					coach,           BREAK_IN_LEARNING, true,  false, true,  allowed,                         hidden,                          hidden,                          hidden
					coach,           BREAK_IN_LEARNING, false, true,  true,  gateway.portfolio.areasMissing,  hidden,                          hidden,                          hidden
					coach,           GATEWAY,           true,  false, false, hidden,                          hidden,                          hidden,                          hidden
					coach,           IN_EPA,            true,  false, false, hidden,                          hidden,                          hidden,                          hidden
					coach,           COMPLETED,         true,  false, false, hidden,                          hidden,                          hidden,                          hidden
					coach,           WITHDRAWN,         false, true,  false, hidden,                          hidden,                          hidden,                          hidden
					line manager,    ON_PROGRAMME,      true,  false, false, hidden,                          allowed,                         allowed,                         gateway.withdraw.notAtGateway
					line manager,    ON_PROGRAMME,      false, true,  false, hidden,                          gateway.approve.notReady,        allowed,                         gateway.withdraw.notAtGateway
					line manager,    BREAK_IN_LEARNING, true,  false, false, hidden,                          gateway.approve.notOnProgramme,  gateway.decline.notOnProgramme,  gateway.withdraw.notAtGateway
					line manager,    GATEWAY,           true,  false, false, hidden,                          gateway.approve.already,         gateway.decline.notOnProgramme,  allowed
					line manager,    IN_EPA,            true,  false, false, hidden,                          gateway.approve.already,         gateway.decline.notOnProgramme,  gateway.withdraw.notAtGateway
					line manager,    COMPLETED,         true,  false, false, hidden,                          gateway.approve.already,         gateway.decline.notOnProgramme,  gateway.withdraw.notAtGateway
					line manager,    WITHDRAWN,         false, true,  false, hidden,                          gateway.approve.notOnProgramme,  gateway.decline.notOnProgramme,  gateway.withdraw.notAtGateway
					""")
	void theApprenticesOwnCoachAndLineManagerAreOfferedWhatTheirRoleAndTheStatusAllow(String viewer,
			ApprenticeStatus status, boolean ready, boolean gaps, boolean items, String confirmPortfolio,
			String approve, String decline, String withdraw) {
		CurrentUser person = "coach".equals(viewer) ? person(COACH, Role.COACH) : person(LINE_MANAGER, Role.EMPLOYER);

		GatewayActions actions = actions(status, person, ready, gaps);

		assertThat(actions.recordItems()).isEqualTo(items);
		assertThat(outcome(actions.confirmPortfolio())).isEqualTo(confirmPortfolio);
		assertThat(outcome(actions.approve())).isEqualTo(approve);
		assertThat(outcome(actions.decline())).isEqualTo(decline);
		assertThat(outcome(actions.withdraw())).isEqualTo(withdraw);
	}

	@ParameterizedTest
	@EnumSource(ApprenticeStatus.class)
	void nobodyElseIsOfferedAnyGatewayActionWhateverTheStatus(ApprenticeStatus status) {
		List<CurrentUser> others = List.of(person(COACH + 1, Role.COACH), person(LINE_MANAGER + 1, Role.EMPLOYER),
				person(APPRENTICE_ACCOUNT, Role.APPRENTICE), person(50, Role.ADMIN), person(ASSESSOR, Role.ASSESSOR),
				// The same account number in another role is not the coach or the line
				// manager.
				person(COACH, Role.ADMIN), person(LINE_MANAGER, Role.COACH));
		for (CurrentUser other : others) {
			for (boolean ready : new boolean[] { true, false }) {
				GatewayActions actions = actions(status, other, ready, !ready);
				assertThat(actions.recordItems()).as("%s records items", other.role()).isFalse();
				assertThat(List.of(outcome(actions.confirmPortfolio()), outcome(actions.approve()),
						outcome(actions.decline()), outcome(actions.withdraw())))
					.as("%s %s of an apprentice %s", other.role(), other.accountId(), status)
					.containsOnly("hidden");
			}
		}
	}

	private static GatewayActions actions(ApprenticeStatus status, CurrentUser viewer, boolean ready, boolean gaps) {
		ApprenticeRef apprentice = new ApprenticeRef(1, APPRENTICE_ACCOUNT, COACH, LINE_MANAGER, 1,
				LocalDate.of(2024, 9, 2), status, LocalDate.of(2026, 9, 1), new BigDecimal("460"), 7L,
				(status == ApprenticeStatus.IN_EPA || status == ApprenticeStatus.COMPLETED) ? ASSESSOR : null);
		return GatewayRules.actions(apprentice, viewer, new Readiness(ready, List.of()),
				gaps ? List.of("9. Leadership") : List.of());
	}

	private static String outcome(@Nullable Refusal refusal) {
		if (refusal == null) {
			return "allowed";
		}
		return refusal.concernsViewer() ? refusal.messageKey() : "hidden";
	}

	private static CurrentUser person(long accountId, Role role) {
		return CurrentUser.of(accountId, "person" + accountId + "@example.test", "Person " + accountId, role, 1);
	}

}
