package org.hcstracker.progress;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.hcstracker.shared.ViewModel;
import org.jspecify.annotations.Nullable;

/**
 * The progress since the last review, shown beside the review form: off-the-job hours
 * logged from the day after it (or from the start), and the evidence accepted since, with
 * the programme areas it covers.
 *
 * @param from the first day counted
 * @param previous the review before, if there is one
 * @param approvedHours hours approved
 * @param waitingHours hours waiting for the coach's approval
 * @param evidenceAccepted pieces of evidence accepted
 * @param areas the names of the areas that evidence covers
 */
@ViewModel
public record ProgressSince(LocalDate from, @Nullable PreviousReview previous, BigDecimal approvedHours,
		BigDecimal waitingHours, int evidenceAccepted, List<String> areas) {

	public ProgressSince {
		areas = List.copyOf(areas);
	}

}
