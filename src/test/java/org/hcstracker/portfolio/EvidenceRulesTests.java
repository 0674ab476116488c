package org.hcstracker.portfolio;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.hcstracker.people.CurrentUser;
import org.hcstracker.people.Role;
import org.hcstracker.portfolio.EvidenceRules.Refusal;
import org.hcstracker.portfolio.EvidenceRules.Relation;
import org.hcstracker.programme.ApprenticeRef;
import org.hcstracker.programme.ApprenticeStatus;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.security.access.AccessDeniedException;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Who may do what with a piece of evidence, for every relationship to the apprentice,
 * every lifecycle status of the apprentice and every status of the evidence: "allowed",
 * "hidden" (the action is someone else's: the page does not offer it and the change is
 * refused) or the message saying why not now. The services refuse a change and the
 * evidence page offers its buttons by these same rules.
 */
class EvidenceRulesTests {

	private static final long APPRENTICE_ACCOUNT = 10;

	private static final long COACH = 20;

	@ParameterizedTest(name = "{0}: apprentice {1}, evidence {2}")
	@CsvSource(
			textBlock = """
					# viewer, apprentice,      evidence,  log,                            edit,                           files,                          submit,                         take back,                      decide
					owner, ON_PROGRAMME,      DRAFT,     allowed,                        allowed,                        allowed,                        allowed,                        evidence.transition.notAllowed, hidden
					owner, ON_PROGRAMME,      SUBMITTED, allowed,                        evidence.notEditable,           evidence.files.frozen,          evidence.transition.notAllowed, allowed,                        hidden
					owner, ON_PROGRAMME,      ACCEPTED,  allowed,                        evidence.notEditable,           evidence.files.frozen,          evidence.transition.notAllowed, evidence.transition.notAllowed, hidden
					owner, ON_PROGRAMME,      RETURNED,  allowed,                        allowed,                        allowed,                        allowed,                        evidence.transition.notAllowed, hidden
					owner, BREAK_IN_LEARNING, DRAFT,     allowed,                        allowed,                        allowed,                        allowed,                        evidence.transition.notAllowed, hidden
					owner, BREAK_IN_LEARNING, SUBMITTED, allowed,                        evidence.notEditable,           evidence.files.frozen,          evidence.transition.notAllowed, allowed,                        hidden
					owner, BREAK_IN_LEARNING, ACCEPTED,  allowed,                        evidence.notEditable,           evidence.files.frozen,          evidence.transition.notAllowed, evidence.transition.notAllowed, hidden
					owner, BREAK_IN_LEARNING, RETURNED,  allowed,                        allowed,                        allowed,                        allowed,                        evidence.transition.notAllowed, hidden
					owner, GATEWAY,           DRAFT,     allowed,                        allowed,                        allowed,                        allowed,                        evidence.transition.notAllowed, hidden
					owner, GATEWAY,           SUBMITTED, allowed,                        evidence.notEditable,           evidence.files.frozen,          evidence.transition.notAllowed, allowed,                        hidden
					owner, GATEWAY,           ACCEPTED,  allowed,                        evidence.notEditable,           evidence.files.frozen,          evidence.transition.notAllowed, evidence.transition.notAllowed, hidden
					owner, GATEWAY,           RETURNED,  allowed,                        allowed,                        allowed,                        allowed,                        evidence.transition.notAllowed, hidden
					owner, IN_EPA,            DRAFT,     allowed,                        allowed,                        allowed,                        allowed,                        evidence.transition.notAllowed, hidden
					owner, IN_EPA,            SUBMITTED, allowed,                        evidence.notEditable,           evidence.files.frozen,          evidence.transition.notAllowed, allowed,                        hidden
					owner, IN_EPA,            ACCEPTED,  allowed,                        evidence.notEditable,           evidence.files.frozen,          evidence.transition.notAllowed, evidence.transition.notAllowed, hidden
					owner, IN_EPA,            RETURNED,  allowed,                        allowed,                        allowed,                        allowed,                        evidence.transition.notAllowed, hidden
					owner, COMPLETED,         DRAFT,     evidence.apprenticeNotActive,   evidence.apprenticeNotActive,   evidence.apprenticeNotActive,   evidence.apprenticeNotActive,   evidence.apprenticeNotActive,   hidden
					owner, COMPLETED,         SUBMITTED, evidence.apprenticeNotActive,   evidence.apprenticeNotActive,   evidence.apprenticeNotActive,   evidence.apprenticeNotActive,   evidence.apprenticeNotActive,   hidden
					owner, COMPLETED,         ACCEPTED,  evidence.apprenticeNotActive,   evidence.apprenticeNotActive,   evidence.apprenticeNotActive,   evidence.apprenticeNotActive,   evidence.apprenticeNotActive,   hidden
					owner, COMPLETED,         RETURNED,  evidence.apprenticeNotActive,   evidence.apprenticeNotActive,   evidence.apprenticeNotActive,   evidence.apprenticeNotActive,   evidence.apprenticeNotActive,   hidden
					owner, WITHDRAWN,         DRAFT,     evidence.apprenticeNotActive,   evidence.apprenticeNotActive,   evidence.apprenticeNotActive,   evidence.apprenticeNotActive,   evidence.apprenticeNotActive,   hidden
					owner, WITHDRAWN,         SUBMITTED, evidence.apprenticeNotActive,   evidence.apprenticeNotActive,   evidence.apprenticeNotActive,   evidence.apprenticeNotActive,   evidence.apprenticeNotActive,   hidden
					owner, WITHDRAWN,         ACCEPTED,  evidence.apprenticeNotActive,   evidence.apprenticeNotActive,   evidence.apprenticeNotActive,   evidence.apprenticeNotActive,   evidence.apprenticeNotActive,   hidden
					owner, WITHDRAWN,         RETURNED,  evidence.apprenticeNotActive,   evidence.apprenticeNotActive,   evidence.apprenticeNotActive,   evidence.apprenticeNotActive,   evidence.apprenticeNotActive,   hidden
					coach, ON_PROGRAMME,      SUBMITTED, hidden,                         hidden,                         hidden,                         hidden,                         hidden,                         allowed
					coach, ON_PROGRAMME,      ACCEPTED,  hidden,                         hidden,                         hidden,                         hidden,                         hidden,                         evidence.transition.notAllowed
					coach, ON_PROGRAMME,      RETURNED,  hidden,                         hidden,                         hidden,                         hidden,                         hidden,                         evidence.transition.notAllowed
					coach, COMPLETED,         SUBMITTED, hidden,                         hidden,                         hidden,                         hidden,                         hidden,                         allowed
					coach, COMPLETED,         ACCEPTED,  hidden,                         hidden,                         hidden,                         hidden,                         hidden,                         evidence.transition.notAllowed
					coach, COMPLETED,         RETURNED,  hidden,                         hidden,                         hidden,                         hidden,                         hidden,                         evidence.transition.notAllowed
					coach, WITHDRAWN,         SUBMITTED, hidden,                         hidden,                         hidden,                         hidden,                         hidden,                         allowed
					coach, WITHDRAWN,         ACCEPTED,  hidden,                         hidden,                         hidden,                         hidden,                         hidden,                         evidence.transition.notAllowed
					coach, WITHDRAWN,         RETURNED,  hidden,                         hidden,                         hidden,                         hidden,                         hidden,                         evidence.transition.notAllowed
					""")
	void theApprenticeAndTheirCoachAreOfferedWhatTheirRoleAndBothStatusesAllow(String viewer,
			ApprenticeStatus apprentice, EvidenceStatus evidence, String log, String edit, String files, String submit,
			String takeBack, String decide) {
		Relation relation = Relation.of(apprentice(apprentice),
				"owner".equals(viewer) ? person(APPRENTICE_ACCOUNT, Role.APPRENTICE) : person(COACH, Role.COACH));

		assertThat(List.of(outcome(EvidenceRules.log(relation, apprentice)),
				outcome(EvidenceRules.edit(relation, apprentice, evidence)),
				outcome(EvidenceRules.files(relation, apprentice, evidence)),
				outcome(EvidenceRules.submit(relation, apprentice, evidence)),
				outcome(EvidenceRules.takeBack(relation, apprentice, evidence)),
				outcome(EvidenceRules.decide(relation, evidence))))
			.containsExactly(log, edit, files, submit, takeBack, decide);
	}

	@ParameterizedTest
	@EnumSource(ApprenticeStatus.class)
	void theCoachDecidesOnlyOnSubmittedEvidenceWhateverTheApprenticesStatus(ApprenticeStatus apprentice) {
		Relation coach = Relation.of(apprentice(apprentice), person(COACH, Role.COACH));
		for (EvidenceStatus evidence : EvidenceStatus.values()) {
			assertThat(outcome(EvidenceRules.decide(coach, evidence))).as("%s evidence", evidence)
				.isEqualTo((evidence == EvidenceStatus.SUBMITTED) ? "allowed" : "evidence.transition.notAllowed");
			assertThat(outcome(EvidenceRules.edit(coach, apprentice, evidence))).isEqualTo("hidden");
		}
		assertThat(outcome(EvidenceRules.decider(coach))).isEqualTo("allowed");
	}

	@ParameterizedTest
	@EnumSource(ApprenticeStatus.class)
	void nobodyElseIsOfferedAnythingWhateverTheStatuses(ApprenticeStatus apprentice) {
		List<CurrentUser> others = List.of(person(APPRENTICE_ACCOUNT + 1, Role.APPRENTICE),
				person(COACH + 1, Role.COACH), person(30, Role.EMPLOYER), person(40, Role.ASSESSOR),
				person(50, Role.ADMIN),
				// The same account number in another role is neither the apprentice nor
				// the coach.
				person(APPRENTICE_ACCOUNT, Role.COACH), person(COACH, Role.APPRENTICE),
				person(APPRENTICE_ACCOUNT, Role.ADMIN));
		for (CurrentUser other : others) {
			Relation relation = Relation.of(apprentice(apprentice), other);
			assertThat(relation).isEqualTo(Relation.READER);
			for (EvidenceStatus evidence : EvidenceStatus.values()) {
				assertThat(List.of(outcome(EvidenceRules.log(relation, apprentice)),
						outcome(EvidenceRules.edit(relation, apprentice, evidence)),
						outcome(EvidenceRules.files(relation, apprentice, evidence)),
						outcome(EvidenceRules.submit(relation, apprentice, evidence)),
						outcome(EvidenceRules.takeBack(relation, apprentice, evidence)),
						outcome(EvidenceRules.decide(relation, evidence))))
					.as("%s %s: apprentice %s, evidence %s", other.role(), other.accountId(), apprentice, evidence)
					.containsOnly("hidden");
			}
		}
	}

	@Test
	void someoneElsesActionIsForbiddenAndARefusalNamesItsField() {
		assertThat(Refusal.NOT_YOURS.exception()).isInstanceOf(AccessDeniedException.class);
		assertThat(EvidenceRules.files(Relation.OWNER, ApprenticeStatus.ON_PROGRAMME, EvidenceStatus.ACCEPTED))
			.isNotNull()
			.satisfies((refusal) -> assertThat(refusal.exception()).isInstanceOfSatisfying(EvidenceRuleException.class,
					(exception) -> assertThat(exception.getField()).isEqualTo("files")));
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
