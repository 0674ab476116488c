package org.hcstracker.progress;

import java.time.LocalDate;
import java.util.List;

/**
 * What the coach enters for a review held, as sent; the service checks it into a
 * {@link ReviewRecord} before a review keeps it.
 *
 * @param heldOn the date it was held
 * @param summary the progress summary
 * @param rag the rating
 * @param ragReason why that rating
 * @param actions the new actions agreed, each with a target date
 * @param followUps what became of each action of the review before, in its order
 */
public record ReviewContent(LocalDate heldOn, String summary, ReviewRag rag, String ragReason,
		List<AgreedAction> actions, List<FollowUpChoice> followUps) {

	public ReviewContent {
		actions = List.copyOf(actions);
		followUps = List.copyOf(followUps);
	}

	/**
	 * A review with no actions of a review before to follow up.
	 * @param heldOn the date it was held
	 * @param summary the progress summary
	 * @param rag the rating
	 * @param ragReason why that rating
	 * @param actions the actions agreed
	 */
	public ReviewContent(LocalDate heldOn, String summary, ReviewRag rag, String ragReason,
			List<AgreedAction> actions) {
		this(heldOn, summary, rag, ragReason, actions, List.of());
	}

}
