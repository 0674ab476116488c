package org.hcstracker.gateway;

import java.time.Instant;
import java.util.List;
import java.util.function.Supplier;

import org.hcstracker.gateway.GatewayDecision.DecisionView;
import org.hcstracker.gateway.GatewayDecision.Kind;
import org.hcstracker.programme.ApprenticeStatus;
import org.hcstracker.shared.RuleException;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

/**
 * The line manager's decisions, made only when the apprentice's status (and, for an
 * approval, readiness) allows, each in every status, without Spring or a database.
 */
class GatewayDecisionTests {

	private static final long APPRENTICE = 7;

	private static final long EPAO = 3;

	private static final RecordedBy LINE_MANAGER = new RecordedBy(30, "David Clarke",
			Instant.parse("2026-10-15T11:00:00Z"));

	private static final Readiness READY = new Readiness(true, List.of());

	private static final Readiness NOT_READY = new Readiness(false, List.of());

	@ParameterizedTest(name = "{0}: approve when ready {1}, when not {2}; decline {3}; withdraw {4}")
	@CsvSource(
			textBlock = """
					# status,         approve (ready),                approve (not ready),            decline,                         withdraw
					ON_PROGRAMME,      allowed,                        gateway.approve.notReady,       allowed,                         gateway.withdraw.notAtGateway
					BREAK_IN_LEARNING, gateway.approve.notOnProgramme, gateway.approve.notOnProgramme, gateway.decline.notOnProgramme,  gateway.withdraw.notAtGateway
					GATEWAY,           gateway.approve.already,        gateway.approve.already,        gateway.decline.notOnProgramme,  allowed
					IN_EPA,            gateway.approve.already,        gateway.approve.already,        gateway.decline.notOnProgramme,  gateway.withdraw.notAtGateway
					COMPLETED,         gateway.approve.already,        gateway.approve.already,        gateway.decline.notOnProgramme,  gateway.withdraw.notAtGateway
					WITHDRAWN,         gateway.approve.notOnProgramme, gateway.approve.notOnProgramme, gateway.decline.notOnProgramme,  gateway.withdraw.notAtGateway
					""")
	void eachDecisionIsMadeOnlyInTheStatusThatAllowsIt(ApprenticeStatus status, String approveReady,
			String approveNotReady, String decline, String withdraw) {
		assertThat(outcome(() -> GatewayDecision.approval(APPRENTICE, status, READY, EPAO, LINE_MANAGER)))
			.isEqualTo(approveReady);
		assertThat(outcome(() -> GatewayDecision.approval(APPRENTICE, status, NOT_READY, EPAO, LINE_MANAGER)))
			.isEqualTo(approveNotReady);
		assertThat(outcome(() -> GatewayDecision.decline(APPRENTICE, status, "Finish the leadership evidence first",
				LINE_MANAGER)))
			.isEqualTo(decline);
		assertThat(outcome(() -> GatewayDecision.withdrawal(APPRENTICE, status,
				"The Diploma certificate was issued in error", LINE_MANAGER)))
			.isEqualTo(withdraw);
	}

	@Test
	void anApprovalNamesTheEpaoAndHasNoReason() {
		GatewayDecision approval = GatewayDecision.approval(APPRENTICE, ApprenticeStatus.ON_PROGRAMME, READY, EPAO,
				LINE_MANAGER);

		assertThat(approval.getKind()).isEqualTo(Kind.APPROVED);
		assertThat(approval.toView())
			.isEqualTo(new DecisionView(Kind.APPROVED, null, "David Clarke", LINE_MANAGER.at(), false));
		assertThat(approval.forAudit()).isEqualTo("APPROVED; EPAO 3");
		assertThatIllegalStateException().isThrownBy(approval::requireReason);
	}

	@Test
	void aDeclineAndAWithdrawalKeepTheirReasonStripped() {
		GatewayDecision decline = GatewayDecision.decline(APPRENTICE, ApprenticeStatus.ON_PROGRAMME,
				"  Finish the leadership evidence first\n", LINE_MANAGER);
		GatewayDecision withdrawal = GatewayDecision.withdrawal(APPRENTICE, ApprenticeStatus.GATEWAY,
				"The Diploma certificate was issued in error", LINE_MANAGER);

		assertThat(decline.toView()).isEqualTo(new DecisionView(Kind.DECLINED, "Finish the leadership evidence first",
				"David Clarke", LINE_MANAGER.at(), false));
		assertThat(decline.forAudit()).isEqualTo("DECLINED; Finish the leadership evidence first");
		assertThat(withdrawal.getKind()).isEqualTo(Kind.WITHDRAWN);
		assertThat(withdrawal.requireReason()).isEqualTo("The Diploma certificate was issued in error");
		assertThat(withdrawal.forAudit()).isEqualTo("WITHDRAWN; The Diploma certificate was issued in error");
	}

	@Test
	void aDecisionTakenFromAnEmailedLinkSaysSoOnItsViewAndInTheAuditTrail() {
		GatewayDecision decline = GatewayDecision
			.decline(APPRENTICE, ApprenticeStatus.ON_PROGRAMME, "Finish the leadership evidence first", LINE_MANAGER)
			.fromEmailedLink();

		assertThat(decline.toView().fromEmailedLink()).isTrue();
		assertThat(decline.forAudit())
			.isEqualTo("DECLINED; Finish the leadership evidence first; decided from an emailed link");
	}

	/**
	 * A reason is checked typed text: given, within 1,000 characters once stripped, free
	 * of control characters (line breaks and tabs allowed).
	 */
	@ParameterizedTest(name = "\"{0}\": {1}")
	@CsvSource(nullValues = "NULL", textBlock = """
			NULL,  gateway.reason.required
			'',    gateway.reason.required
			'   ', gateway.reason.required
			'Not yet', allowed
			""")
	void aReasonIsRequired(@Nullable String reason, String expected) {
		assertThat(
				outcome(() -> GatewayDecision.decline(APPRENTICE, ApprenticeStatus.ON_PROGRAMME, reason, LINE_MANAGER)))
			.isEqualTo(expected);
		assertThat(
				outcome(() -> GatewayDecision.withdrawal(APPRENTICE, ApprenticeStatus.GATEWAY, reason, LINE_MANAGER)))
			.isEqualTo(expected);
	}

	@Test
	void aReasonTooLongOrHoldingAControlCharacterIsRefused() {
		String longest = "x".repeat(GatewayDecision.REASON_MAX_LENGTH);
		assertThat(outcome(
				() -> GatewayDecision.decline(APPRENTICE, ApprenticeStatus.ON_PROGRAMME, longest, LINE_MANAGER)))
			.isEqualTo("allowed");
		for (String refused : List.of(longest + "y", "Not\u0007 yet")) {
			assertThat(outcome(
					() -> GatewayDecision.decline(APPRENTICE, ApprenticeStatus.ON_PROGRAMME, refused, LINE_MANAGER)))
				.isEqualTo("gateway.reason.required");
		}
		assertThat(outcome(() -> GatewayDecision.decline(APPRENTICE, ApprenticeStatus.ON_PROGRAMME,
				"Not yet:\n\tleadership evidence", LINE_MANAGER)))
			.isEqualTo("allowed");
	}

	@Test
	void theStatusIsCheckedBeforeTheReason() {
		assertThat(outcome(() -> GatewayDecision.decline(APPRENTICE, ApprenticeStatus.GATEWAY, "", LINE_MANAGER)))
			.isEqualTo("gateway.decline.notOnProgramme");
		assertThat(outcome(() -> GatewayDecision.withdrawal(APPRENTICE, ApprenticeStatus.IN_EPA, "  ", LINE_MANAGER)))
			.isEqualTo("gateway.withdraw.notAtGateway");
	}

	private static String outcome(Supplier<GatewayDecision> decide) {
		try {
			decide.get();
			return "allowed";
		}
		catch (RuleException ex) {
			return ex.getMessageKey();
		}
	}

}
