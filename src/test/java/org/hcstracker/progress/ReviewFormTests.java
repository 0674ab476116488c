package org.hcstracker.progress;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import org.hcstracker.progress.ReviewForm.ActionForm;
import org.hcstracker.progress.ReviewForm.FollowUpForm;
import org.junit.jupiter.api.Test;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The review form's rows: rows the browser did not send are blank, blank rows are left
 * out, a row half filled in is an error naming its row (also when the binding kept no
 * form), and "Add another action" stops at ten actions in all, counting those carried
 * forward.
 */
class ReviewFormTests {

	private static final LocalDate HELD_ON = LocalDate.of(2026, 11, 2);

	private static final LocalDate TARGET = LocalDate.of(2027, 1, 15);

	@Test
	void rowsNotSentAreBlankRowsAndBlankRowsAreLeftOut() {
		ReviewForm form = form(Arrays.asList(null, new ActionForm("Finish the audit", TARGET), null),
				Arrays.asList(new FollowUpForm(ActionOutcome.DONE, null), null));

		ReviewDraft draft = form.toDraft(bindingOf(form));

		assertThat(draft.actions()).containsExactly(new AgreedAction("Finish the audit", TARGET));
		assertThat(draft.followUps()).containsExactly(new FollowUpChoice(ActionOutcome.DONE, null),
				new FollowUpChoice(null, null));
	}

	@Test
	void aRowWithADateButNoDescriptionOrADescriptionButNoDateIsAnErrorNamingItsRow() {
		ReviewForm form = form(List.of(new ActionForm(null, TARGET), new ActionForm("  ", null),
				new ActionForm("Book the site visit", null)), null);
		BindingResult result = bindingOf(form);

		ReviewDraft draft = form.toDraft(result);

		assertThat(draft.actions()).isEmpty();
		assertThat(draft.followUps()).isEmpty();
		assertThat(result.getFieldErrors("actions")).extracting(FieldError::getCode, (error) -> error.getArguments()[0])
			.containsExactly(org.assertj.core.groups.Tuple.tuple("progressReview.action.descriptionRequired", 1),
					org.assertj.core.groups.Tuple.tuple("progressReview.action.targetRequired", 3));
	}

	@Test
	void aDateThatCouldNotBeReadIsNotAlsoReportedMissing() {
		ReviewForm form = form(List.of(new ActionForm("Book the site visit", null)), null);
		BindingResult result = bindingOf(form);
		result.addError(new FieldError("form", "actions[0].targetDate", "31/07/2026", true,
				new String[] { "typeMismatch" }, null, null));

		form.toDraft(result);

		assertThat(result.getFieldErrors("actions")).isEmpty();
		assertThat(result.getFieldErrorCount()).isEqualTo(1);
	}

	@Test
	void aHalfFilledRowIsAnErrorEvenWhenTheBindingKeptNoForm() {
		ReviewForm form = form(List.of(new ActionForm(null, TARGET)), null);
		BindingResult result = new BeanPropertyBindingResult(null, "form");

		form.toDraft(result);

		assertThat(result.getFieldErrors("actions")).singleElement()
			.satisfies((error) -> assertThat(error.getCode()).isEqualTo("progressReview.action.descriptionRequired"))
			.satisfies((error) -> assertThat(error.getArguments()).containsExactly(1));
	}

	@Test
	void aFormWithoutTextOrRowsGivesABlankDraft() {
		ReviewForm form = new ReviewForm(HELD_ON, null, ReviewRag.GREEN, null, null, null, 0, null);

		ReviewDraft draft = form.toDraft(bindingOf(form));

		assertThat(draft.summary()).isEmpty();
		assertThat(draft.ragReason()).isEmpty();
		assertThat(draft.actions()).isEmpty();
		assertThat(form.followUpRows()).isZero();
		assertThat(form.withFollowUpRows(2).followUpRows()).isEqualTo(2);
	}

	@Test
	void anotherRowIsAddedUntilTenActionsCountingThoseCarriedForward() {
		List<FollowUpForm> threeCarried = Collections.nCopies(3,
				new FollowUpForm(ActionOutcome.CARRIED_FORWARD, TARGET));
		ReviewForm form = form(actions(6), threeCarried);
		assertThat(form.hasRoomForAnother()).isTrue();

		ReviewForm withAnother = form.withAnotherRow();
		assertThat(withAnother.actions()).hasSize(7);
		assertThat(withAnother.hasRoomForAnother()).isFalse();
		assertThat(withAnother.withAnotherRow().actions()).as("no eleventh action").hasSize(7);
	}

	@Test
	void aBlankFormForAReviewWithTenActionsBeforeCarriedForwardHasARowForEachButNoNewRow() {
		List<AgreedAction> before = new ArrayList<>();
		for (int i = 1; i <= 10; i++) {
			before.add(new AgreedAction("Action " + i, TARGET));
		}

		ReviewForm blank = ReviewForm.blank(HELD_ON, new PreviousReview(1, HELD_ON.minusMonths(3), before));

		assertThat(blank.followUpRows()).isEqualTo(10);
		assertThat(blank.actions()).isEmpty();
		ReviewForm first = ReviewForm.blank(HELD_ON, null);
		assertThat(first.followUpRows()).isZero();
		assertThat(first.actions()).containsExactly(new ActionForm("", null));
	}

	private static List<ActionForm> actions(int count) {
		List<ActionForm> actions = new ArrayList<>();
		for (int i = 1; i <= count; i++) {
			actions.add(new ActionForm("Action " + i, TARGET));
		}
		return actions;
	}

	private static ReviewForm form(List<ActionForm> actions, List<FollowUpForm> followUps) {
		return new ReviewForm(HELD_ON, "Going well", ReviewRag.GREEN, "", actions, followUps, 0, null);
	}

	private static BindingResult bindingOf(ReviewForm form) {
		return new BeanPropertyBindingResult(form, "form");
	}

}
