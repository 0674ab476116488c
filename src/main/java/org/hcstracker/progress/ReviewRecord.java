package org.hcstracker.progress;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.hcstracker.shared.RuleException;
import org.hcstracker.shared.TypedText;
import org.jspecify.annotations.Nullable;

/**
 * What the coach records of a review held, checked when built: a summary and a reason for
 * the rating (each required and within its length), and one to ten actions, each
 * described in at most 500 characters and due no earlier than the review. Built from what
 * was entered by {@link #of}, which also checks the date held against the apprentice's
 * start and today.
 *
 * @param heldOn the date it was held
 * @param summary the progress summary
 * @param rag the rating
 * @param ragReason why that rating
 * @param actions the actions agreed, each with a target date, their descriptions stripped
 */
record ReviewRecord(LocalDate heldOn, TypedText summary, ReviewRag rag, TypedText ragReason,
		List<AgreedAction> actions) {

	/**
	 * Builds a record whose parts keep the rules.
	 * @throws ReviewRuleException with every refusal, in the order of the form's fields
	 */
	ReviewRecord {
		actions = List.copyOf(actions);
		List<ReviewRuleException> refusals = new ArrayList<>();
		checkText(summary.value(), ProgressReview.SUMMARY_MAX_LENGTH, "summary", refusals);
		checkText(ragReason.value(), ProgressReview.REASON_MAX_LENGTH, "ragReason", refusals);
		checkActions(heldOn, actions, refusals);
		RuleException.throwIfAny(refusals);
		actions = actions.stream()
			.map((action) -> new AgreedAction(action.description().strip(), action.targetDate()))
			.toList();
	}

	/**
	 * Checks what the coach entered, all at once.
	 * @param content what was entered
	 * @param startDate the apprentice's start date
	 * @param today today's date
	 * @return the record
	 * @throws ReviewRuleException with every refusal, in the order of the form's fields
	 */
	static ReviewRecord of(ReviewContent content, LocalDate startDate, LocalDate today) {
		RuleException.throwIfAny(refusals(ReviewDraft.of(content), startDate, today));
		return new ReviewRecord(content.heldOn(), text(content.summary()), content.rag(), text(content.ragReason()),
				content.actions());
	}

	/**
	 * Every refusal the rules make of a review as entered so far, all at once: the date
	 * held (not in the future, not before the start), the summary and the reason for the
	 * rating (required, not too long), and the actions (at least one, at most ten, each
	 * described and due no earlier than the review). A part not yet entered is left to
	 * the form's own checks.
	 * @param draft what has been entered
	 * @param startDate the apprentice's start date
	 * @param today today's date
	 * @return the refusals, in the order of the form's fields; empty if none
	 */
	static List<ReviewRuleException> refusals(ReviewDraft draft, LocalDate startDate, LocalDate today) {
		List<ReviewRuleException> refusals = new ArrayList<>();
		LocalDate heldOn = draft.heldOn();
		if (heldOn != null && heldOn.isAfter(today)) {
			refusals.add(new ReviewRuleException("heldOn", "progressReview.heldOn.future"));
		}
		if (heldOn != null && heldOn.isBefore(startDate)) {
			refusals.add(new ReviewRuleException("heldOn", "progressReview.heldOn.beforeStart"));
		}
		checkText(draft.summary(), ProgressReview.SUMMARY_MAX_LENGTH, "summary", refusals);
		checkText(draft.ragReason(), ProgressReview.REASON_MAX_LENGTH, "ragReason", refusals);
		checkActions(heldOn, draft.actions(), refusals);
		return refusals;
	}

	private static void checkText(String typed, int maxLength, String field, List<ReviewRuleException> refusals) {
		TypedText.Problem problem = TypedText.problemWith(typed, maxLength);
		if (problem != null) {
			refusals.add(new ReviewRuleException(field, switch (problem) {
				case MISSING -> "progressReview." + field + ".required";
				case TOO_LONG -> "progressReview." + field + ".tooLong";
				case CONTROL -> "progressReview.text.control";
			}));
		}
	}

	private static void checkActions(@Nullable LocalDate heldOn, List<AgreedAction> actions,
			List<ReviewRuleException> refusals) {
		if (actions.isEmpty()) {
			refusals.add(new ReviewRuleException("actions", "progressReview.actions.required"));
		}
		else if (actions.size() > ProgressReview.MAX_ACTIONS) {
			refusals.add(new ReviewRuleException("actions", "progressReview.actions.tooMany"));
		}
		for (AgreedAction action : actions) {
			if (TypedText.problemWith(action.description(), AgreedAction.MAX_LENGTH) != null) {
				refusals.add(new ReviewRuleException("actions", "progressReview.action.description.invalid"));
				break;
			}
			if (heldOn != null && action.targetDate().isBefore(heldOn)) {
				refusals.add(new ReviewRuleException("actions", "progressReview.action.targetBeforeHeld"));
				break;
			}
		}
	}

	private static TypedText text(String typed) {
		return new TypedText(typed.strip());
	}

	/**
	 * A short account of the record, for the audit trail.
	 * @return the date, the rating with its reason and the number of actions
	 */
	String describe() {
		return "held on " + this.heldOn + ", " + this.rag + ": " + this.ragReason + "; " + this.actions.size()
				+ " actions";
	}

}
