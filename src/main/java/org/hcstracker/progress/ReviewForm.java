package org.hcstracker.progress;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import jakarta.validation.constraints.NotNull;
import org.jspecify.annotations.Nullable;
import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;

/**
 * The review form: what became of each action of the review before, in its order, and the
 * new actions as rows, of which blank ones are left out. The coach adds rows with "Add
 * another action" (no script needed), up to ten actions in all.
 */
record ReviewForm(@NotNull(message = "{progressReview.heldOn.required}") @Nullable LocalDate heldOn,
		@Nullable String summary, @NotNull(message = "{progressReview.rag.required}") @Nullable ReviewRag rag,
		@Nullable String ragReason, @Nullable List<ActionForm> actions, @Nullable List<FollowUpForm> followUps,
		long version, @Nullable Long replaces) {

	/**
	 * Rows the browser did not send (an action before with no choice and no date) are
	 * blank rows.
	 */
	ReviewForm {
		if (followUps != null) {
			followUps = followUps.stream()
				.map((followUp) -> (followUp != null) ? followUp : new FollowUpForm(null, null))
				.toList();
		}
		if (actions != null) {
			actions = actions.stream().map((action) -> (action != null) ? action : new ActionForm(null, null)).toList();
		}
	}

	/**
	 * The same form with a row for each action before, where fewer were sent.
	 * @param count how many actions the review before has
	 * @return the form
	 */
	ReviewForm withFollowUpRows(int count) {
		List<FollowUpForm> rows = new ArrayList<>((this.followUps != null) ? this.followUps : List.of());
		while (rows.size() < count) {
			rows.add(new FollowUpForm(null, null));
		}
		return new ReviewForm(this.heldOn, this.summary, this.rag, this.ragReason, this.actions, rows, this.version,
				this.replaces);
	}

	/**
	 * How many rows of actions before the form has.
	 * @return the number of rows
	 */
	int followUpRows() {
		return (this.followUps != null) ? this.followUps.size() : 0;
	}

	/**
	 * A blank form for a review held today, with a blank row for each action before.
	 * @param today today's date
	 * @param previous the review before, if there is one
	 * @return the form
	 */
	static ReviewForm blank(LocalDate today, @Nullable PreviousReview previous) {
		List<FollowUpForm> followUps = new ArrayList<>();
		if (previous != null) {
			previous.actions().forEach((action) -> followUps.add(new FollowUpForm(null, null)));
		}
		return new ReviewForm(today, "", null, "", withBlankRow(List.of(), followUps.size()), followUps, 0, null);
	}

	/**
	 * The form for changing a review recorded: its new actions, and what became of the
	 * actions before (with the new target date of those carried forward).
	 * @param review the review
	 * @param today today's date, if it was not held yet
	 * @return the form
	 */
	static ReviewForm of(ReviewView review, LocalDate today) {
		List<AgreedAction> carried = review.actions().stream().filter(AgreedAction::carriedForward).toList();
		List<FollowUpForm> followUps = new ArrayList<>();
		int next = 0;
		for (ActionFollowUp followUp : review.followUps()) {
			LocalDate target = null;
			if (followUp.outcome() == ActionOutcome.CARRIED_FORWARD && next < carried.size()) {
				target = carried.get(next++).targetDate();
			}
			followUps.add(new FollowUpForm(followUp.outcome(), target));
		}
		List<ActionForm> actions = review.newActions()
			.stream()
			.map((action) -> new ActionForm(action.description(), action.targetDate()))
			.toList();
		return new ReviewForm((review.heldOn() != null) ? review.heldOn() : today,
				(review.summary() != null) ? review.summary() : "", review.rag(),
				(review.ragReason() != null) ? review.ragReason() : "", withBlankRow(actions, carried.size()),
				followUps, review.version(), null);
	}

	/**
	 * The same form with one more blank row of action, if there is room for one.
	 * @return the form
	 */
	ReviewForm withAnotherRow() {
		List<ActionForm> rows = new ArrayList<>(rows());
		if (rows.size() + carriedForward() < ProgressReview.MAX_ACTIONS) {
			rows.add(new ActionForm("", null));
		}
		return new ReviewForm(this.heldOn, this.summary, this.rag, this.ragReason, rows, this.followUps, this.version,
				this.replaces);
	}

	/**
	 * Whether another row of action may be added: fewer than ten actions in all.
	 * @return true while there is room
	 */
	boolean hasRoomForAnother() {
		return rows().size() + carriedForward() < ProgressReview.MAX_ACTIONS;
	}

	private long carriedForward() {
		return (this.followUps != null) ? this.followUps.stream()
			.filter((followUp) -> followUp.outcome() == ActionOutcome.CARRIED_FORWARD)
			.count() : 0;
	}

	private List<ActionForm> rows() {
		return (this.actions != null) ? this.actions : List.of();
	}

	private static List<ActionForm> withBlankRow(List<ActionForm> actions, int carried) {
		List<ActionForm> rows = new ArrayList<>(actions);
		if (rows.size() + carried < ProgressReview.MAX_ACTIONS) {
			rows.add(new ActionForm("", null));
		}
		return rows;
	}

	/**
	 * What was entered, with the complete rows of action; each row half filled in goes
	 * into the result as an error.
	 * @param result the form's binding result
	 * @return what was entered
	 */
	ReviewDraft toDraft(BindingResult result) {
		List<AgreedAction> agreed = new ArrayList<>();
		List<ActionForm> rows = rows();
		for (int i = 0; i < rows.size(); i++) {
			ActionForm row = rows.get(i);
			String description = (row.description() != null) ? row.description().strip() : "";
			if (description.isEmpty() && row.targetDate() == null) {
				continue;
			}
			if (description.isEmpty()) {
				rejectRow(result, "progressReview.action.descriptionRequired", i + 1);
			}
			else if (row.targetDate() == null) {
				if (!result.hasFieldErrors("actions[" + i + "].targetDate")) {
					rejectRow(result, "progressReview.action.targetRequired", i + 1);
				}
			}
			else {
				agreed.add(new AgreedAction(description, row.targetDate()));
			}
		}
		List<FollowUpChoice> choices = (this.followUps != null) ? this.followUps.stream()
			.map((followUp) -> new FollowUpChoice(followUp.outcome(), followUp.newTargetDate()))
			.toList() : List.of();
		return new ReviewDraft(this.heldOn, (this.summary != null) ? this.summary : "", this.rag,
				(this.ragReason != null) ? this.ragReason : "", agreed, choices);
	}

	/**
	 * An error on a row of actions. When a value sent could not be read (a date typed as
	 * 31/07/2026), the binding kept no form to read the rows' values from, so the error
	 * is added as it is, beside the binding's own.
	 */
	private static void rejectRow(BindingResult result, String code, int row) {
		if (result.getTarget() != null) {
			result.rejectValue("actions", code, new Object[] { row }, null);
		}
		else {
			result.addError(new FieldError(result.getObjectName(), "actions", null, false,
					result.resolveMessageCodes(code, "actions"), new Object[] { row }, null));
		}
	}

	/**
	 * One row of new action on the form.
	 */
	record ActionForm(@Nullable String description, @Nullable LocalDate targetDate) {
	}

	/**
	 * What became of one action of the review before, and its new target date when
	 * carried forward.
	 */
	record FollowUpForm(@Nullable ActionOutcome outcome, @Nullable LocalDate newTargetDate) {
	}

}
