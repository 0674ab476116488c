package org.hcstracker.progress;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.hcstracker.shared.RuleException;
import org.hcstracker.shared.TypedText;
import org.jspecify.annotations.Nullable;

/**
 * What the coach records of a review held, checked when built: a summary and a reason for
 * the rating (each required and within its length), what became of each action of the
 * review before (done, carried forward to a new date, or dropped), and one to ten actions
 * in all (those carried forward first), each described in at most 500 characters and due
 * no earlier than the review. Built from what was entered by {@link #of}, which also
 * checks the date held against the apprentice's start and today.
 *
 * @param heldOn the date it was held
 * @param summary the progress summary
 * @param rag the rating
 * @param ragReason why that rating
 * @param actions the actions agreed, each with a target date, their descriptions stripped
 * @param followUps what became of each action of the review before
 */
record ReviewRecord(LocalDate heldOn, TypedText summary, ReviewRag rag, TypedText ragReason, List<AgreedAction> actions,
		List<ActionFollowUp> followUps) {

	/**
	 * Builds a record whose parts keep the rules.
	 * @throws ReviewRuleException with every refusal, in the order of the form's fields
	 */
	ReviewRecord {
		actions = List.copyOf(actions);
		followUps = List.copyOf(followUps);
		List<ReviewRuleException> refusals = new ArrayList<>();
		checkText(summary.value(), ProgressReview.SUMMARY_MAX_LENGTH, "summary", refusals);
		checkText(ragReason.value(), ProgressReview.REASON_MAX_LENGTH, "ragReason", refusals);
		checkActions(heldOn, actions, actions.size(), refusals);
		RuleException.throwIfAny(refusals);
		actions = actions.stream()
			.map((action) -> new AgreedAction(action.description().strip(), action.targetDate(),
					action.carriedForward()))
			.toList();
	}

	/**
	 * A record with no review before to follow up.
	 * @param heldOn the date it was held
	 * @param summary the progress summary
	 * @param rag the rating
	 * @param ragReason why that rating
	 * @param actions the actions agreed
	 */
	ReviewRecord(LocalDate heldOn, TypedText summary, ReviewRag rag, TypedText ragReason, List<AgreedAction> actions) {
		this(heldOn, summary, rag, ragReason, actions, List.of());
	}

	/**
	 * Checks what the coach entered, all at once.
	 * @param content what was entered
	 * @param previous the actions of the review before, in its order (empty if none)
	 * @param startDate the apprentice's start date
	 * @param today today's date
	 * @return the record
	 * @throws ReviewRuleException with every refusal, in the order of the form's fields
	 */
	static ReviewRecord of(ReviewContent content, List<AgreedAction> previous, LocalDate startDate, LocalDate today) {
		ReviewDraft draft = ReviewDraft.of(content);
		RuleException.throwIfAny(refusals(draft, previous, startDate, today));
		List<ActionFollowUp> followUps = new ArrayList<>();
		List<AgreedAction> actions = new ArrayList<>();
		for (int i = 0; i < previous.size(); i++) {
			AgreedAction action = previous.get(i);
			FollowUpChoice choice = content.followUps().get(i);
			ActionOutcome outcome = Objects.requireNonNull(choice.outcome());
			followUps.add(new ActionFollowUp(action.description(), action.targetDate(), outcome));
			if (outcome == ActionOutcome.CARRIED_FORWARD) {
				actions
					.add(new AgreedAction(action.description(), Objects.requireNonNull(choice.newTargetDate()), true));
			}
		}
		actions.addAll(content.actions());
		return new ReviewRecord(content.heldOn(), text(content.summary()), content.rag(), text(content.ragReason()),
				actions, followUps);
	}

	/**
	 * Every refusal the rules make of a review as entered so far, all at once: the date
	 * held (not in the future, not before the start), the summary and the reason for the
	 * rating (required, not too long), what became of each action of the review before
	 * (chosen for every one, a new target date no earlier than the review for each
	 * carried forward) and the actions (at least one and at most ten with those carried
	 * forward, each described and due no earlier than the review). A part not yet entered
	 * is left to the form's own checks.
	 * @param draft what has been entered
	 * @param previous the actions of the review before, in its order (empty if none)
	 * @param startDate the apprentice's start date
	 * @param today today's date
	 * @return the refusals, in the order of the form's fields; empty if none
	 */
	static List<ReviewRuleException> refusals(ReviewDraft draft, List<AgreedAction> previous, LocalDate startDate,
			LocalDate today) {
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
		int carried = checkFollowUps(heldOn, previous, draft.followUps(), refusals);
		checkActions(heldOn, draft.actions(), carried + draft.actions().size(), refusals);
		return refusals;
	}

	/**
	 * Checks the choice made for each action of the review before.
	 * @return how many are carried forward
	 */
	private static int checkFollowUps(@Nullable LocalDate heldOn, List<AgreedAction> previous,
			List<FollowUpChoice> choices, List<ReviewRuleException> refusals) {
		if (!choices.isEmpty() && choices.size() != previous.size()) {
			refusals.add(new ReviewRuleException("followUps", "progressReview.followUp.changed"));
			return 0;
		}
		int carried = 0;
		for (int i = 0; i < previous.size(); i++) {
			FollowUpChoice choice = (i < choices.size()) ? choices.get(i) : null;
			if (choice == null || choice.outcome() == null) {
				refusals.add(new ReviewRuleException(row(i), "progressReview.followUp.required", i + 1));
			}
			else if (choice.outcome() == ActionOutcome.CARRIED_FORWARD) {
				carried++;
				LocalDate target = choice.newTargetDate();
				if (target == null) {
					refusals.add(new ReviewRuleException(row(i), "progressReview.followUp.targetRequired", i + 1));
				}
				else if (heldOn != null && target.isBefore(heldOn)) {
					refusals.add(new ReviewRuleException(row(i), "progressReview.followUp.targetBeforeHeld", i + 1));
				}
			}
		}
		return carried;
	}

	/** The form's row for an action of the review before. */
	private static String row(int index) {
		return "followUps[" + index + "]";
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

	private static void checkActions(@Nullable LocalDate heldOn, List<AgreedAction> actions, int total,
			List<ReviewRuleException> refusals) {
		if (total == 0) {
			refusals.add(new ReviewRuleException("actions", "progressReview.actions.required"));
		}
		else if (total > ProgressReview.MAX_ACTIONS) {
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
		long carried = this.actions.stream().filter(AgreedAction::carriedForward).count();
		return "held on " + this.heldOn + ", " + this.rag + ": " + this.ragReason + "; " + this.actions.size()
				+ " actions" + ((carried > 0) ? " (" + carried + " carried forward)" : "");
	}

}
