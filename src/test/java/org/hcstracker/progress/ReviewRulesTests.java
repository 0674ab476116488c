package org.hcstracker.progress;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.hcstracker.people.CurrentUser;
import org.hcstracker.people.Role;
import org.hcstracker.programme.ApprenticeRef;
import org.hcstracker.programme.ApprenticeStatus;
import org.hcstracker.progress.ReviewRules.Facts;
import org.hcstracker.progress.ReviewRules.Refusal;
import org.hcstracker.progress.ReviewRules.Relation;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.security.access.AccessDeniedException;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Who may do what with a progress review, for every relationship to the apprentice, the
 * apprentice's lifecycle status and the review's state: "allowed", "hidden" (the action
 * is someone else's and the page does not offer it) or the message saying why not now.
 * The service refuses a change and the review pages offer their actions by these same
 * rules.
 */
class ReviewRulesTests {

	private static final long APPRENTICE_ACCOUNT = 10;

	private static final long COACH = 20;

	private static final long LINE_MANAGER = 30;

	@ParameterizedTest(name = "{0}: apprentice {1}, review {2}")
	@CsvSource(
			textBlock = """
					# viewer,     apprentice,        review,            schedule or record,                 reschedule,                         record or change,                   sign
					coach,        ON_PROGRAMME,      scheduled,         allowed,                            allowed,                            allowed,                            hidden
					coach,        ON_PROGRAMME,      held,              allowed,                            progressReview.alreadyHeld,         allowed,                            hidden
					coach,        ON_PROGRAMME,      apprentice signed, allowed,                            progressReview.alreadyHeld,         progressReview.signed,              hidden
					coach,        ON_PROGRAMME,      manager signed,    allowed,                            progressReview.alreadyHeld,         progressReview.signed,              hidden
					coach,        ON_PROGRAMME,      complete,          allowed,                            progressReview.alreadyHeld,         progressReview.signed,              hidden
					coach,        BREAK_IN_LEARNING, scheduled,         allowed,                            allowed,                            allowed,                            hidden
					coach,        BREAK_IN_LEARNING, held,              allowed,                            progressReview.alreadyHeld,         allowed,                            hidden
					coach,        BREAK_IN_LEARNING, apprentice signed, allowed,                            progressReview.alreadyHeld,         progressReview.signed,              hidden
					coach,        BREAK_IN_LEARNING, manager signed,    allowed,                            progressReview.alreadyHeld,         progressReview.signed,              hidden
					coach,        BREAK_IN_LEARNING, complete,          allowed,                            progressReview.alreadyHeld,         progressReview.signed,              hidden
					coach,        GATEWAY,           scheduled,         allowed,                            allowed,                            allowed,                            hidden
					coach,        GATEWAY,           held,              allowed,                            progressReview.alreadyHeld,         allowed,                            hidden
					coach,        GATEWAY,           apprentice signed, allowed,                            progressReview.alreadyHeld,         progressReview.signed,              hidden
					coach,        GATEWAY,           manager signed,    allowed,                            progressReview.alreadyHeld,         progressReview.signed,              hidden
					coach,        GATEWAY,           complete,          allowed,                            progressReview.alreadyHeld,         progressReview.signed,              hidden
					coach,        IN_EPA,            scheduled,         allowed,                            allowed,                            allowed,                            hidden
					coach,        IN_EPA,            held,              allowed,                            progressReview.alreadyHeld,         allowed,                            hidden
					coach,        IN_EPA,            apprentice signed, allowed,                            progressReview.alreadyHeld,         progressReview.signed,              hidden
					coach,        IN_EPA,            manager signed,    allowed,                            progressReview.alreadyHeld,         progressReview.signed,              hidden
					coach,        IN_EPA,            complete,          allowed,                            progressReview.alreadyHeld,         progressReview.signed,              hidden
					coach,        COMPLETED,         scheduled,         progressReview.apprenticeNotActive, progressReview.apprenticeNotActive, progressReview.apprenticeNotActive, hidden
					coach,        COMPLETED,         held,              progressReview.apprenticeNotActive, progressReview.apprenticeNotActive, progressReview.apprenticeNotActive, hidden
					coach,        COMPLETED,         apprentice signed, progressReview.apprenticeNotActive, progressReview.apprenticeNotActive, progressReview.apprenticeNotActive, hidden
					coach,        COMPLETED,         manager signed,    progressReview.apprenticeNotActive, progressReview.apprenticeNotActive, progressReview.apprenticeNotActive, hidden
					coach,        COMPLETED,         complete,          progressReview.apprenticeNotActive, progressReview.apprenticeNotActive, progressReview.apprenticeNotActive, hidden
					coach,        WITHDRAWN,         scheduled,         progressReview.apprenticeNotActive, progressReview.apprenticeNotActive, progressReview.apprenticeNotActive, hidden
					coach,        WITHDRAWN,         held,              progressReview.apprenticeNotActive, progressReview.apprenticeNotActive, progressReview.apprenticeNotActive, hidden
					coach,        WITHDRAWN,         apprentice signed, progressReview.apprenticeNotActive, progressReview.apprenticeNotActive, progressReview.apprenticeNotActive, hidden
					coach,        WITHDRAWN,         manager signed,    progressReview.apprenticeNotActive, progressReview.apprenticeNotActive, progressReview.apprenticeNotActive, hidden
					coach,        WITHDRAWN,         complete,          progressReview.apprenticeNotActive, progressReview.apprenticeNotActive, progressReview.apprenticeNotActive, hidden
					apprentice,   ON_PROGRAMME,      scheduled,         hidden,                             hidden,                             hidden,                             progressReview.notHeld
					apprentice,   ON_PROGRAMME,      held,              hidden,                             hidden,                             hidden,                             allowed
					apprentice,   ON_PROGRAMME,      apprentice signed, hidden,                             hidden,                             hidden,                             progressReview.alreadySigned
					apprentice,   ON_PROGRAMME,      manager signed,    hidden,                             hidden,                             hidden,                             allowed
					apprentice,   ON_PROGRAMME,      complete,          hidden,                             hidden,                             hidden,                             progressReview.alreadySigned
					apprentice,   COMPLETED,         scheduled,         hidden,                             hidden,                             hidden,                             progressReview.notHeld
					apprentice,   COMPLETED,         held,              hidden,                             hidden,                             hidden,                             allowed
					apprentice,   COMPLETED,         apprentice signed, hidden,                             hidden,                             hidden,                             progressReview.alreadySigned
					apprentice,   COMPLETED,         manager signed,    hidden,                             hidden,                             hidden,                             allowed
					apprentice,   COMPLETED,         complete,          hidden,                             hidden,                             hidden,                             progressReview.alreadySigned
					apprentice,   WITHDRAWN,         scheduled,         hidden,                             hidden,                             hidden,                             progressReview.notHeld
					apprentice,   WITHDRAWN,         held,              hidden,                             hidden,                             hidden,                             allowed
					apprentice,   WITHDRAWN,         apprentice signed, hidden,                             hidden,                             hidden,                             progressReview.alreadySigned
					apprentice,   WITHDRAWN,         manager signed,    hidden,                             hidden,                             hidden,                             allowed
					apprentice,   WITHDRAWN,         complete,          hidden,                             hidden,                             hidden,                             progressReview.alreadySigned
					line manager, ON_PROGRAMME,      scheduled,         hidden,                             hidden,                             hidden,                             progressReview.notHeld
					line manager, ON_PROGRAMME,      held,              hidden,                             hidden,                             hidden,                             allowed
					line manager, ON_PROGRAMME,      apprentice signed, hidden,                             hidden,                             hidden,                             allowed
					line manager, ON_PROGRAMME,      manager signed,    hidden,                             hidden,                             hidden,                             progressReview.alreadySigned
					line manager, ON_PROGRAMME,      complete,          hidden,                             hidden,                             hidden,                             progressReview.alreadySigned
					line manager, COMPLETED,         scheduled,         hidden,                             hidden,                             hidden,                             progressReview.notHeld
					line manager, COMPLETED,         held,              hidden,                             hidden,                             hidden,                             allowed
					line manager, COMPLETED,         apprentice signed, hidden,                             hidden,                             hidden,                             allowed
					line manager, COMPLETED,         manager signed,    hidden,                             hidden,                             hidden,                             progressReview.alreadySigned
					line manager, COMPLETED,         complete,          hidden,                             hidden,                             hidden,                             progressReview.alreadySigned
					line manager, WITHDRAWN,         scheduled,         hidden,                             hidden,                             hidden,                             progressReview.notHeld
					line manager, WITHDRAWN,         held,              hidden,                             hidden,                             hidden,                             allowed
					line manager, WITHDRAWN,         apprentice signed, hidden,                             hidden,                             hidden,                             allowed
					line manager, WITHDRAWN,         manager signed,    hidden,                             hidden,                             hidden,                             progressReview.alreadySigned
					line manager, WITHDRAWN,         complete,          hidden,                             hidden,                             hidden,                             progressReview.alreadySigned
					""")
	void theCoachRecordsAndTheApprenticeAndLineManagerSignAsTheStatusAndTheReviewAllow(String viewer,
			ApprenticeStatus apprentice, String state, String schedule, String reschedule, String record, String sign) {
		Relation relation = Relation.of(apprentice(apprentice), switch (viewer) {
			case "coach" -> person(COACH, Role.COACH);
			case "apprentice" -> person(APPRENTICE_ACCOUNT, Role.APPRENTICE);
			default -> person(LINE_MANAGER, Role.EMPLOYER);
		});
		Facts review = facts(state);

		assertThat(List.of(outcome(ReviewRules.schedule(relation, apprentice)),
				outcome(ReviewRules.reschedule(relation, apprentice, review)),
				outcome(ReviewRules.record(relation, apprentice, review)), outcome(ReviewRules.sign(relation, review))))
			.containsExactly(schedule, reschedule, record, sign);
	}

	@ParameterizedTest
	@EnumSource(ApprenticeStatus.class)
	void nobodyElseIsOfferedAnythingWhateverTheStatusAndTheReview(ApprenticeStatus apprentice) {
		List<CurrentUser> others = List.of(person(COACH + 1, Role.COACH), person(LINE_MANAGER + 1, Role.EMPLOYER),
				person(APPRENTICE_ACCOUNT + 1, Role.APPRENTICE), person(50, Role.ADMIN),
				// The same account number in another role is none of them.
				person(COACH, Role.EMPLOYER), person(LINE_MANAGER, Role.COACH), person(APPRENTICE_ACCOUNT, Role.ADMIN));
		for (CurrentUser other : others) {
			Relation relation = Relation.of(apprentice(apprentice), other);
			assertThat(relation).isEqualTo(Relation.READER);
			for (String state : List.of("scheduled", "held", "apprentice signed", "manager signed", "complete")) {
				Facts review = facts(state);
				assertThat(List.of(outcome(ReviewRules.schedule(relation, apprentice)),
						outcome(ReviewRules.reschedule(relation, apprentice, review)),
						outcome(ReviewRules.record(relation, apprentice, review)),
						outcome(ReviewRules.sign(relation, review))))
					.as("%s %s: apprentice %s, review %s", other.role(), other.accountId(), apprentice, state)
					.containsOnly("hidden");
			}
		}
	}

	@Test
	void recordingSomeoneElsesReviewIsForbiddenAndSigningItIsRefusedWithAMessage() {
		assertThat(Refusal.NOT_YOURS.exception()).isInstanceOf(AccessDeniedException.class);
		assertThat(Refusal.NOT_A_SIGNER.exception()).isInstanceOfSatisfying(ReviewRuleException.class,
				(refusal) -> assertThat(refusal.getMessageKey()).isEqualTo("progressReview.sign.notYours"));
	}

	private static Facts facts(String state) {
		return switch (state) {
			// held, signed by the apprentice, signed by the line manager, cancelled
			case "scheduled" -> new Facts(false, false, false, false);
			case "held" -> new Facts(true, false, false, false);
			case "apprentice signed" -> new Facts(true, true, false, false);
			case "manager signed" -> new Facts(true, false, true, false);
			case "complete" -> new Facts(true, true, true, false);
			case "cancelled" -> new Facts(false, false, false, true);
			default -> throw new IllegalArgumentException(state);
		};
	}

	private static String outcome(@Nullable Refusal refusal) {
		if (refusal == null) {
			return "allowed";
		}
		return refusal.concernsViewer() ? refusal.messageKey() : "hidden";
	}

	private static ApprenticeRef apprentice(ApprenticeStatus status) {
		return new ApprenticeRef(1, APPRENTICE_ACCOUNT, COACH, LINE_MANAGER, 1, LocalDate.of(2024, 9, 2), status,
				LocalDate.of(2026, 9, 1), new BigDecimal("460"), 7L, null);
	}

	private static CurrentUser person(long accountId, Role role) {
		return CurrentUser.of(accountId, "person" + accountId + "@example.test", "Person " + accountId, role, 1);
	}

}
