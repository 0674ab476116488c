package org.hcstracker.portfolio;

import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.hcstracker.portfolio.EvidenceMother.COACH_ACCOUNT_ID;
import static org.hcstracker.portfolio.EvidenceMother.COACH_NAME;
import static org.hcstracker.portfolio.EvidenceMother.later;

/**
 * The evidence guards its own review: every action from every status, either done (and
 * where it leads) or refused with the reason (and nothing changed); then what each action
 * keeps.
 */
class EvidenceTests {

	private static final Feedback FEEDBACK = new Feedback("Add what you learned from the recalibration.");

	private static final Map<String, Consumer<Evidence>> ACTIONS = Map.of("edit",
			(evidence) -> evidence.edit(EvidenceMother.details(), EvidenceMother.mapping(), later(30)), "files",
			Evidence::requireFilesOpen, "submit", (evidence) -> evidence.submit(later(30)), "takeBack",
			(evidence) -> evidence.takeBack(later(30)), "accept",
			(evidence) -> evidence.accept(null, COACH_ACCOUNT_ID, COACH_NAME, later(30)), "return",
			(evidence) -> evidence.returnToApprentice(FEEDBACK, COACH_ACCOUNT_ID, COACH_NAME, later(30)));

	@ParameterizedTest(name = "{1} from {0}")
	@CsvSource(textBlock = """
			# from,    action,   result (the status it leads to, or the refusal's field and message)
			DRAFT,     edit,     DRAFT
			DRAFT,     files,    DRAFT
			DRAFT,     submit,   SUBMITTED
			DRAFT,     takeBack, :evidence.transition.notAllowed
			DRAFT,     accept,   :evidence.transition.notAllowed
			DRAFT,     return,   :evidence.transition.notAllowed
			SUBMITTED, edit,     :evidence.notEditable
			SUBMITTED, files,    files:evidence.files.frozen
			SUBMITTED, submit,   :evidence.transition.notAllowed
			SUBMITTED, takeBack, DRAFT
			SUBMITTED, accept,   ACCEPTED
			SUBMITTED, return,   RETURNED
			ACCEPTED,  edit,     :evidence.notEditable
			ACCEPTED,  files,    files:evidence.files.frozen
			ACCEPTED,  submit,   :evidence.transition.notAllowed
			ACCEPTED,  takeBack, :evidence.transition.notAllowed
			ACCEPTED,  accept,   :evidence.transition.notAllowed
			ACCEPTED,  return,   :evidence.transition.notAllowed
			RETURNED,  edit,     RETURNED
			RETURNED,  files,    RETURNED
			RETURNED,  submit,   SUBMITTED
			RETURNED,  takeBack, :evidence.transition.notAllowed
			RETURNED,  accept,   :evidence.transition.notAllowed
			RETURNED,  return,   :evidence.transition.notAllowed
			""")
	void everyActionFromEveryStatusIsDoneOrRefusedWithItsReason(EvidenceStatus from, String action, String result) {
		Evidence evidence = EvidenceMother.inStatus(from);
		Consumer<Evidence> act = ACTIONS.get(action);
		if (result.contains(":")) {
			String[] refusal = result.split(":", 2);
			assertThatExceptionOfType(EvidenceRuleException.class).isThrownBy(() -> act.accept(evidence))
				.satisfies((ex) -> {
					assertThat(ex.getField()).isEqualTo(refusal[0]);
					assertThat(ex.getMessageKey()).isEqualTo(refusal[1]);
				});
			assertThat(evidence.getStatus()).isEqualTo(from);
		}
		else {
			act.accept(evidence);
			assertThat(evidence.getStatus()).isEqualTo(EvidenceStatus.valueOf(result));
		}
	}

	@Test
	void newEvidenceIsADraftHoldingWhatTheApprenticeWrote() {
		Evidence evidence = EvidenceMother.draft();
		EvidenceDetails details = EvidenceMother.details();
		assertThat(evidence.getStatus()).isEqualTo(EvidenceStatus.DRAFT);
		assertThat(evidence.getApprenticeId()).isEqualTo(EvidenceMother.APPRENTICE_ID);
		assertThat(evidence.getTitle()).isEqualTo(details.title());
		assertThat(evidence.getDescription()).isEqualTo(details.description());
		assertThat(evidence.getActivityDate()).isEqualTo(details.activityDate());
		assertThat(evidence.getType()).isEqualTo(details.type());
		assertThat(evidence.getAreaIds()).containsExactly(EvidenceMother.QUALITY_AREA_ID);
		assertThat(evidence.getKsbIds()).containsExactly(EvidenceMother.KSB_ID);
		assertThat(evidence.getSubmittedAt()).isNull();
		assertThat(evidence.getUpdatedAt()).isEqualTo(EvidenceMother.LOGGED);
	}

	@Test
	void editingReplacesWhatItSaysAndWhereItCounts() {
		Evidence evidence = EvidenceMother.returned();
		EvidenceDetails changed = new EvidenceDetails("QC with a second analyser", LocalDate.of(2026, 2, 28),
				EvidenceType.REFLECTIVE_ACCOUNT, "What I changed after the feedback.", Set.of(1L, 3L), Set.of());
		evidence.edit(changed, new EvidenceMapping(Set.of(1L, 3L), Set.of()), later(48));
		assertThat(evidence.getTitle()).isEqualTo("QC with a second analyser");
		assertThat(evidence.getType()).isEqualTo(EvidenceType.REFLECTIVE_ACCOUNT);
		assertThat(evidence.getActivityDate()).isEqualTo(LocalDate.of(2026, 2, 28));
		assertThat(evidence.getAreaIds()).containsExactlyInAnyOrder(1L, 3L);
		assertThat(evidence.getKsbIds()).isEmpty();
		assertThat(evidence.getUpdatedAt()).isEqualTo(later(48));
		assertThat(evidence.getStatus()).isEqualTo(EvidenceStatus.RETURNED);
	}

	@Test
	void submittingNotesWhenAndTakingBackForgetsIt() {
		Evidence evidence = EvidenceMother.draft();
		evidence.submit(later(2));
		assertThat(evidence.getSubmittedAt()).isEqualTo(later(2));
		assertThat(evidence.getUpdatedAt()).isEqualTo(later(2));
		evidence.takeBack(later(3));
		assertThat(evidence.getSubmittedAt()).isNull();
		assertThat(evidence.getUpdatedAt()).isEqualTo(later(3));
	}

	@Test
	void resubmittingReturnedEvidenceNotesTheNewSubmission() {
		Evidence evidence = EvidenceMother.returned();
		evidence.submit(later(72));
		assertThat(evidence.getSubmittedAt()).isEqualTo(later(72));
	}

	@Test
	void acceptingGivesTheCoachsDecisionWithOptionalFeedback() {
		Evidence withFeedback = EvidenceMother.submitted();
		FeedbackView decision = withFeedback
			.accept(new Feedback(" Clear and well reflected. "), COACH_ACCOUNT_ID, COACH_NAME, later(5))
			.toView();
		assertThat(decision).isEqualTo(new FeedbackView(EvidenceMother.ID, EvidenceStatus.ACCEPTED,
				"Clear and well reflected.", COACH_NAME, later(5)));

		Evidence without = EvidenceMother.submitted();
		assertThat(without.accept(null, COACH_ACCOUNT_ID, COACH_NAME, later(5)).toView().feedback()).isNull();
		assertThat(without.getStatus()).isEqualTo(EvidenceStatus.ACCEPTED);
		assertThat(without.getUpdatedAt()).isEqualTo(later(5));
	}

	@Test
	void returningGivesTheCoachsDecisionWithItsFeedback() {
		Evidence evidence = EvidenceMother.submitted();
		FeedbackView decision = evidence.returnToApprentice(FEEDBACK, COACH_ACCOUNT_ID, COACH_NAME, later(6)).toView();
		assertThat(decision).isEqualTo(
				new FeedbackView(EvidenceMother.ID, EvidenceStatus.RETURNED, FEEDBACK.text(), COACH_NAME, later(6)));
		assertThat(evidence.getSubmittedAt()).isEqualTo(later(1));
	}

	@Test
	void aRefusedEditChangesNothing() {
		Evidence evidence = EvidenceMother.accepted();
		EvidenceDetails changed = new EvidenceDetails("Rewritten", LocalDate.of(2026, 2, 1), EvidenceType.OTHER,
				"Rewritten.", Set.of(1L), Set.of());
		assertThatExceptionOfType(EvidenceRuleException.class)
			.isThrownBy(() -> evidence.edit(changed, new EvidenceMapping(Set.of(1L), Set.of()), later(90)));
		assertThat(evidence.getTitle()).isEqualTo(EvidenceMother.details().title());
		assertThat(evidence.getAreaIds()).containsExactly(EvidenceMother.QUALITY_AREA_ID);
	}

}
