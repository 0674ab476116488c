package org.hcstracker.progress;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.hcstracker.people.CurrentUser;
import org.hcstracker.people.Role;
import org.hcstracker.programme.ApprenticeRef;
import org.hcstracker.programme.ApprenticeStatus;
import org.hcstracker.progress.OffTheJobRules.Refusal;
import org.hcstracker.progress.OffTheJobRules.Relation;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.security.access.AccessDeniedException;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Who may do what with an off-the-job training log, for every relationship to the
 * apprentice, the apprentice's lifecycle status and the entry's status: "allowed",
 * "hidden" (the action is someone else's: the page does not offer it and the change is
 * forbidden) or the message saying why not now. The service refuses a change and the
 * log's page offers its actions by these same rules.
 */
class OffTheJobRulesTests {

	private static final long APPRENTICE_ACCOUNT = 10;

	private static final long COACH = 20;

	@ParameterizedTest(name = "{0}: apprentice {1}, entry {2}")
	@CsvSource(
			textBlock = """
					# viewer, apprentice,        entry,             record,                   amend,                    approve or query
					owner,  ON_PROGRAMME,      AWAITING_APPROVAL, allowed,                  allowed,                  hidden
					owner,  ON_PROGRAMME,      APPROVED,          allowed,                  otj.notEditable,          hidden
					owner,  ON_PROGRAMME,      QUERIED,           allowed,                  allowed,                  hidden
					owner,  BREAK_IN_LEARNING, AWAITING_APPROVAL, allowed,                  allowed,                  hidden
					owner,  BREAK_IN_LEARNING, APPROVED,          allowed,                  otj.notEditable,          hidden
					owner,  BREAK_IN_LEARNING, QUERIED,           allowed,                  allowed,                  hidden
					owner,  GATEWAY,           AWAITING_APPROVAL, allowed,                  allowed,                  hidden
					owner,  GATEWAY,           APPROVED,          allowed,                  otj.notEditable,          hidden
					owner,  GATEWAY,           QUERIED,           allowed,                  allowed,                  hidden
					owner,  IN_EPA,            AWAITING_APPROVAL, allowed,                  allowed,                  hidden
					owner,  IN_EPA,            APPROVED,          allowed,                  otj.notEditable,          hidden
					owner,  IN_EPA,            QUERIED,           allowed,                  allowed,                  hidden
					owner,  COMPLETED,         AWAITING_APPROVAL, otj.apprenticeNotActive,  otj.apprenticeNotActive,  hidden
					owner,  COMPLETED,         APPROVED,          otj.apprenticeNotActive,  otj.apprenticeNotActive,  hidden
					owner,  COMPLETED,         QUERIED,           otj.apprenticeNotActive,  otj.apprenticeNotActive,  hidden
					owner,  WITHDRAWN,         AWAITING_APPROVAL, otj.apprenticeNotActive,  otj.apprenticeNotActive,  hidden
					owner,  WITHDRAWN,         APPROVED,          otj.apprenticeNotActive,  otj.apprenticeNotActive,  hidden
					owner,  WITHDRAWN,         QUERIED,           otj.apprenticeNotActive,  otj.apprenticeNotActive,  hidden
					coach,  ON_PROGRAMME,      AWAITING_APPROVAL, hidden,                   hidden,                   allowed
					coach,  ON_PROGRAMME,      APPROVED,          hidden,                   hidden,                   otj.notAwaiting
					coach,  ON_PROGRAMME,      QUERIED,           hidden,                   hidden,                   otj.notAwaiting
					coach,  BREAK_IN_LEARNING, AWAITING_APPROVAL, hidden,                   hidden,                   allowed
					coach,  BREAK_IN_LEARNING, APPROVED,          hidden,                   hidden,                   otj.notAwaiting
					coach,  BREAK_IN_LEARNING, QUERIED,           hidden,                   hidden,                   otj.notAwaiting
					coach,  GATEWAY,           AWAITING_APPROVAL, hidden,                   hidden,                   allowed
					coach,  GATEWAY,           APPROVED,          hidden,                   hidden,                   otj.notAwaiting
					coach,  GATEWAY,           QUERIED,           hidden,                   hidden,                   otj.notAwaiting
					coach,  IN_EPA,            AWAITING_APPROVAL, hidden,                   hidden,                   allowed
					coach,  IN_EPA,            APPROVED,          hidden,                   hidden,                   otj.notAwaiting
					coach,  IN_EPA,            QUERIED,           hidden,                   hidden,                   otj.notAwaiting
					coach,  COMPLETED,         AWAITING_APPROVAL, hidden,                   hidden,                   allowed
					coach,  COMPLETED,         APPROVED,          hidden,                   hidden,                   otj.notAwaiting
					coach,  COMPLETED,         QUERIED,           hidden,                   hidden,                   otj.notAwaiting
					coach,  WITHDRAWN,         AWAITING_APPROVAL, hidden,                   hidden,                   allowed
					coach,  WITHDRAWN,         APPROVED,          hidden,                   hidden,                   otj.notAwaiting
					coach,  WITHDRAWN,         QUERIED,           hidden,                   hidden,                   otj.notAwaiting
					""")
	void theApprenticeRecordsAndTheirCoachDecidesAsTheStatusesAllow(String viewer, ApprenticeStatus apprentice,
			OffTheJobStatus entry, String record, String amend, String decide) {
		boolean owner = "owner".equals(viewer);
		Relation relation = Relation.of(apprentice(apprentice),
				owner ? person(APPRENTICE_ACCOUNT, Role.APPRENTICE) : person(COACH, Role.COACH));

		assertThat(List.of(outcome(OffTheJobRules.record(relation, apprentice)),
				outcome(OffTheJobRules.amend(relation, apprentice, entry)),
				outcome(OffTheJobRules.decide(relation, entry))))
			.containsExactly(record, amend, decide);
		assertThat(Relation.of(owner, !owner)).as("the page's relation is the service's").isEqualTo(relation);
	}

	@ParameterizedTest
	@EnumSource(ApprenticeStatus.class)
	void nobodyElseIsOfferedAnythingWhateverTheStatuses(ApprenticeStatus apprentice) {
		List<CurrentUser> others = List.of(person(APPRENTICE_ACCOUNT + 1, Role.APPRENTICE),
				person(COACH + 1, Role.COACH), person(30, Role.EMPLOYER), person(50, Role.ADMIN),
				// The same account number in another role is neither the apprentice nor
				// the coach.
				person(APPRENTICE_ACCOUNT, Role.COACH), person(COACH, Role.APPRENTICE),
				person(APPRENTICE_ACCOUNT, Role.EMPLOYER));
		for (CurrentUser other : others) {
			Relation relation = Relation.of(apprentice(apprentice), other);
			assertThat(relation).isEqualTo(Relation.READER);
			for (OffTheJobStatus entry : OffTheJobStatus.values()) {
				assertThat(List.of(outcome(OffTheJobRules.record(relation, apprentice)),
						outcome(OffTheJobRules.amend(relation, apprentice, entry)),
						outcome(OffTheJobRules.decide(relation, entry))))
					.as("%s %s: apprentice %s, entry %s", other.role(), other.accountId(), apprentice, entry)
					.containsOnly("hidden");
			}
		}
	}

	@Test
	void someoneElsesActionIsForbiddenAndARefusalSaysWhy() {
		assertThat(Refusal.NOT_YOURS.exception()).isInstanceOf(AccessDeniedException.class);
		assertThat(new Refusal("otj.notAwaiting").exception()).isInstanceOfSatisfying(OffTheJobRuleException.class,
				(refusal) -> assertThat(refusal.getMessageKey()).isEqualTo("otj.notAwaiting"));
	}

	private static String outcome(@Nullable Refusal refusal) {
		if (refusal == null) {
			return "allowed";
		}
		return refusal.concernsViewer() ? refusal.messageKey() : "hidden";
	}

	private static ApprenticeRef apprentice(ApprenticeStatus status) {
		return new ApprenticeRef(1, APPRENTICE_ACCOUNT, COACH, 30, 1, LocalDate.of(2024, 9, 2), status,
				LocalDate.of(2026, 9, 1), new BigDecimal("460"), 7L, null);
	}

	private static CurrentUser person(long accountId, Role role) {
		return CurrentUser.of(accountId, "person" + accountId + "@example.test", "Person " + accountId, role, 1);
	}

}
