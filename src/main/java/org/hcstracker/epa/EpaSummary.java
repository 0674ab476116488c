package org.hcstracker.epa;

import org.hcstracker.epa.GradingPolicy.Outcome;
import org.jspecify.annotations.Nullable;

/**
 * Where an apprentice's end-point assessment stands, for lists.
 *
 * @param recorded how many elements have a result, from 0 to 3
 * @param outcome the overall grade of the latest attempts, once all three are recorded
 * @param confirmed whether that grade is confirmed
 */
public record EpaSummary(int recorded, @Nullable Outcome outcome, boolean confirmed) {

	/** Nothing recorded yet. */
	public static final EpaSummary NONE = new EpaSummary(0, null, false);

	/**
	 * Whether the assessor has something to do: a result to record, a grade to confirm,
	 * or a retake after a confirmed fail.
	 * @return true until a pass, merit or distinction is confirmed
	 */
	public boolean waitingForAssessor() {
		return !this.confirmed || this.outcome == null || !this.outcome.grade().passes();
	}

}
