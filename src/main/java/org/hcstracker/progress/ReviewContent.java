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
 * @param actions the actions agreed, each with a target date
 */
public record ReviewContent(LocalDate heldOn, String summary, ReviewRag rag, String ragReason,
		List<AgreedAction> actions) {

	public ReviewContent {
		actions = List.copyOf(actions);
	}

}
