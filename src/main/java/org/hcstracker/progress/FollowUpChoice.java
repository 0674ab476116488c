package org.hcstracker.progress;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * The coach's choice for one action of the review before, in the order that review lists
 * them: what became of it and, when it is carried forward, its new target date.
 *
 * @param outcome what became of it, if chosen
 * @param newTargetDate the new target date, when carried forward
 */
public record FollowUpChoice(@Nullable ActionOutcome outcome, @Nullable LocalDate newTargetDate) {

	/**
	 * The action was done.
	 * @return the choice
	 */
	public static FollowUpChoice done() {
		return new FollowUpChoice(ActionOutcome.DONE, null);
	}

	/**
	 * The action is carried forward to a new date.
	 * @param newTargetDate the new target date
	 * @return the choice
	 */
	public static FollowUpChoice carriedForward(LocalDate newTargetDate) {
		return new FollowUpChoice(ActionOutcome.CARRIED_FORWARD, newTargetDate);
	}

	/**
	 * The action is dropped.
	 * @return the choice
	 */
	public static FollowUpChoice dropped() {
		return new FollowUpChoice(ActionOutcome.DROPPED, null);
	}

}
