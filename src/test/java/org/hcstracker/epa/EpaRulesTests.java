package org.hcstracker.epa;

import java.util.List;

import org.hcstracker.epa.EpaRules.Facts;
import org.hcstracker.epa.EpaRules.Refusal;
import org.hcstracker.epa.EpaRules.Relation;
import org.hcstracker.people.CurrentUser;
import org.hcstracker.people.Role;
import org.hcstracker.programme.ApprenticeStatus;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.security.access.AccessDeniedException;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Who may do what to an end-point assessment, for every relationship to the apprentice,
 * every lifecycle status and the states of the record that matter: "allowed", "hidden"
 * (the action is someone else's: the page does not mention it and the change is not
 * found) or the message saying why not now. The service refuses a change by the same
 * rules, so this table is also what it lets through.
 */
class EpaRulesTests {

	private static final long ASSESSOR = 40;

	private static final long ADMIN = 50;

	/**
	 * The states of a record: nothing recorded, some elements, all three (not confirmed),
	 * a confirmed fail, a confirmed pass, with the certificate requested, with it issued,
	 * and a history changed outside the application (with results, or removed
	 * altogether).
	 */
	private static final List<String> STATES = List.of("none", "some", "all three", "fail", "pass", "requested",
			"issued", "broken", "removed");

	@ParameterizedTest(name = "{0} of an apprentice {1}, record {2}")
	@CsvSource(
			textBlock = """
					# viewer,  status,            record,    record,            correct,                      confirm,                 amend,                   request certificate,              assign,                           issue certificate
					assessor,  ON_PROGRAMME,      none,      epa.notInEpa,      epa.notInEpa,                 epa.notInEpa,            epa.notInEpa,            epa.certificate.notPassed,        hidden,                           hidden
					assessor,  BREAK_IN_LEARNING, none,      epa.notInEpa,      epa.notInEpa,                 epa.notInEpa,            epa.notInEpa,            epa.certificate.notPassed,        hidden,                           hidden
					assessor,  GATEWAY,           none,      epa.notInEpa,      epa.notInEpa,                 epa.notInEpa,            epa.notInEpa,            epa.certificate.notPassed,        hidden,                           hidden
					assessor,  IN_EPA,            none,      allowed,           epa.correct.nothingRecorded,  epa.confirm.incomplete,  epa.amend.notConfirmed,  epa.certificate.notPassed,        hidden,                           hidden
					assessor,  IN_EPA,            some,      allowed,           allowed,                      epa.confirm.incomplete,  epa.amend.notConfirmed,  epa.certificate.notPassed,        hidden,                           hidden
					assessor,  IN_EPA,            all three, allowed,           allowed,                      allowed,                 epa.amend.notConfirmed,  epa.certificate.notPassed,        hidden,                           hidden
					assessor,  IN_EPA,            fail,      allowed,           epa.correct.confirmed,        epa.confirm.already,     allowed,                 epa.certificate.notPassed,        hidden,                           hidden
					assessor,  IN_EPA,            broken,    epa.history.broken, epa.history.broken,          epa.history.broken,      epa.history.broken,      epa.certificate.notPassed,        hidden,                           hidden
					assessor,  COMPLETED,         pass,      epa.notInEpa,      epa.notInEpa,                 epa.confirm.already,     allowed,                 allowed,                          hidden,                           hidden
					assessor,  COMPLETED,         requested, epa.notInEpa,      epa.notInEpa,                 epa.confirm.already,     allowed,                 epa.certificate.alreadyRequested, hidden,                           hidden
					assessor,  COMPLETED,         issued,    epa.notInEpa,      epa.notInEpa,                 epa.confirm.already,     allowed,                 epa.certificate.alreadyRequested, hidden,                           hidden
					assessor,  COMPLETED,         removed,   epa.notInEpa,      epa.notInEpa,                 epa.notInEpa,            epa.history.broken,      epa.history.broken,               hidden,                           hidden
					assessor,  WITHDRAWN,         fail,      epa.notInEpa,      epa.notInEpa,                 epa.confirm.already,     epa.notInEpa,            epa.certificate.notPassed,        hidden,                           hidden
					admin,     ON_PROGRAMME,      none,      hidden,            hidden,                       hidden,                  hidden,                  hidden,                           apprentice.assessor.notAtGateway, epa.certificate.notRequested
					admin,     BREAK_IN_LEARNING, none,      hidden,            hidden,                       hidden,                  hidden,                  hidden,                           apprentice.assessor.notAtGateway, epa.certificate.notRequested
					admin,     GATEWAY,           none,      hidden,            hidden,                       hidden,                  hidden,                  hidden,                           allowed,                          epa.certificate.notRequested
					admin,     IN_EPA,            all three, hidden,            hidden,                       hidden,                  hidden,                  hidden,                           allowed,                          epa.certificate.notRequested
					admin,     IN_EPA,            broken,    hidden,            hidden,                       hidden,                  hidden,                  hidden,                           allowed,                          epa.history.broken
					admin,     COMPLETED,         pass,      hidden,            hidden,                       hidden,                  hidden,                  hidden,                           allowed,                          epa.certificate.notRequested
					admin,     COMPLETED,         requested, hidden,            hidden,                       hidden,                  hidden,                  hidden,                           allowed,                          allowed
					admin,     COMPLETED,         issued,    hidden,            hidden,                       hidden,                  hidden,                  hidden,                           allowed,                          epa.certificate.alreadyIssued
					admin,     COMPLETED,         removed,   hidden,            hidden,                       hidden,                  hidden,                  hidden,                           allowed,                          epa.history.broken
					admin,     WITHDRAWN,         fail,      hidden,            hidden,                       hidden,                  hidden,                  hidden,                           apprentice.assessor.notAtGateway, epa.certificate.notRequested
					""")
	void theAssignedAssessorAndTheAdminAreOfferedWhatTheirRoleTheStatusAndTheRecordAllow(String viewer,
			ApprenticeStatus status, String recordState, String record, String correct, String confirm, String amend,
			String requestCertificate, String assign, String issueCertificate) {
		Relation relation = Relation
			.of("assessor".equals(viewer) ? person(ASSESSOR, Role.ASSESSOR) : person(ADMIN, Role.ADMIN), ASSESSOR);
		Facts facts = facts(recordState);

		assertThat(outcome(EpaRules.record(relation, status, facts))).isEqualTo(record);
		assertThat(outcome(EpaRules.correct(relation, status, facts))).isEqualTo(correct);
		assertThat(outcome(EpaRules.confirm(relation, status, facts))).isEqualTo(confirm);
		assertThat(outcome(EpaRules.amend(relation, status, facts))).isEqualTo(amend);
		assertThat(outcome(EpaRules.requestCertificate(relation, status, facts))).isEqualTo(requestCertificate);
		assertThat(outcome(EpaRules.assign(relation, status))).isEqualTo(assign);
		assertThat(outcome(EpaRules.issueCertificate(relation, facts))).isEqualTo(issueCertificate);

		EpaPage.Actions actions = EpaRules.actions(relation, status, facts);
		assertThat(List.of(actions.record(), actions.correct(), actions.confirm(), actions.amend(),
				actions.requestCertificate(), actions.assign(), actions.issueCertificate()))
			.as("the page offers exactly what the rules allow")
			.containsExactly("allowed".equals(record), "allowed".equals(correct), "allowed".equals(confirm),
					"allowed".equals(amend), "allowed".equals(requestCertificate), "allowed".equals(assign),
					"allowed".equals(issueCertificate));
		assertThat(actions.confirmRefusal()).as("why the page does not offer confirmation").isEqualTo(reason(confirm));
		assertThat(actions.changeRefusal()).as("why the page does not offer a change of result")
			.isEqualTo(reason(facts.confirmed() ? amend : correct));
	}

	@ParameterizedTest
	@EnumSource(ApprenticeStatus.class)
	void nobodyElseIsOfferedAnyChangeWhateverTheStatusAndTheRecord(ApprenticeStatus status) {
		List<CurrentUser> others = List.of(person(ASSESSOR + 1, Role.ASSESSOR), person(20, Role.COACH),
				person(30, Role.EMPLOYER), person(10, Role.APPRENTICE),
				// The assigned assessor's account number in another role is not the
				// assessor.
				person(ASSESSOR, Role.COACH), person(ASSESSOR, Role.EMPLOYER), person(ASSESSOR, Role.APPRENTICE));
		for (CurrentUser other : others) {
			Relation relation = Relation.of(other, ASSESSOR);
			assertThat(relation).isEqualTo(Relation.READER);
			for (String state : STATES) {
				Facts facts = facts(state);
				assertThat(List.of(outcome(EpaRules.record(relation, status, facts)),
						outcome(EpaRules.correct(relation, status, facts)),
						outcome(EpaRules.confirm(relation, status, facts)),
						outcome(EpaRules.amend(relation, status, facts)),
						outcome(EpaRules.requestCertificate(relation, status, facts)),
						outcome(EpaRules.assign(relation, status)),
						outcome(EpaRules.issueCertificate(relation, facts))))
					.as("%s %s of an apprentice %s, record %s", other.role(), other.accountId(), status, state)
					.containsOnly("hidden");
				EpaPage.Actions actions = EpaRules.actions(relation, status, facts);
				assertThat(actions)
					.isEqualTo(new EpaPage.Actions(false, false, false, false, false, false, false, null, null, null));
			}
		}
	}

	@Test
	void noAssessorIsTheAssignedOneWhileNoneIsAssigned() {
		assertThat(Relation.of(person(ASSESSOR, Role.ASSESSOR), null)).isEqualTo(Relation.READER);
		assertThat(Relation.of(person(ADMIN, Role.ADMIN), null)).isEqualTo(Relation.ADMIN);
	}

	@Test
	void someoneElsesActionIsNotFoundAndARefusalSaysWhy() {
		assertThat(Refusal.NOT_YOURS.exception()).isInstanceOf(AccessDeniedException.class);
		assertThat(new Refusal("epa.notInEpa").exception()).isInstanceOfSatisfying(EpaRuleException.class,
				(refusal) -> assertThat(refusal.getMessageKey()).isEqualTo("epa.notInEpa"));
	}

	private static Facts facts(String state) {
		return switch (state) {
			// intact, results, all three, confirmed, confirmed pass, requested, issued
			case "none" -> new Facts(true, false, false, false, false, false, false);
			case "some" -> new Facts(true, true, false, false, false, false, false);
			case "all three" -> new Facts(true, true, true, false, false, false, false);
			case "fail" -> new Facts(true, true, true, true, false, false, false);
			case "pass" -> new Facts(true, true, true, true, true, false, false);
			case "requested" -> new Facts(true, true, true, true, true, true, false);
			case "issued" -> new Facts(true, true, true, true, true, true, true);
			case "broken" -> new Facts(false, true, true, false, false, false, false);
			case "removed" -> new Facts(false, false, false, false, false, false, false);
			default -> throw new IllegalArgumentException(state);
		};
	}

	private static String outcome(@Nullable Refusal refusal) {
		if (refusal == null) {
			return "allowed";
		}
		return refusal.concernsViewer() ? refusal.messageKey() : "hidden";
	}

	private static @Nullable String reason(String outcome) {
		return ("allowed".equals(outcome) || "hidden".equals(outcome)) ? null : outcome;
	}

	private static CurrentUser person(long accountId, Role role) {
		return CurrentUser.of(accountId, "person" + accountId + "@example.test", "Person " + accountId, role, 1);
	}

}
