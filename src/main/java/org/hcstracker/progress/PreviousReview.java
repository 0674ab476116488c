package org.hcstracker.progress;

import java.time.LocalDate;
import java.util.List;

import org.hcstracker.shared.ViewModel;

/**
 * The review held before the one being recorded: its date, from which the progress since
 * is counted, and its actions, of which the coach says what became.
 *
 * @param id the review
 * @param heldOn the date it was held
 * @param actions its actions, in order
 */
@ViewModel
public record PreviousReview(long id, LocalDate heldOn, List<AgreedAction> actions) {

	public PreviousReview {
		actions = List.copyOf(actions);
	}

}
