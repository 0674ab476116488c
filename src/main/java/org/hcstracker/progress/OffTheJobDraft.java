package org.hcstracker.progress;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * The parts of an off-the-job entry the rules check, as entered so far (a part possibly
 * missing): what {@link OffTheJobService#refusals} checks, so that the form reports the
 * rules' refusals together with its own checks.
 *
 * @param date the date of the training, if entered
 * @param hours its hours, if entered as a number
 * @param note the note, if any
 */
record OffTheJobDraft(@Nullable LocalDate date, @Nullable BigDecimal hours, @Nullable String note) {

	static OffTheJobDraft of(OffTheJobDetails details) {
		return new OffTheJobDraft(details.date(), details.hours(), details.note());
	}

}
