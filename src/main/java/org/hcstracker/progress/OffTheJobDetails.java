package org.hcstracker.progress;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * What the apprentice enters for an off-the-job entry.
 *
 * @param date the date of the training
 * @param hours its hours
 * @param activity what kind of training
 * @param note a note, if any
 */
public record OffTheJobDetails(LocalDate date, BigDecimal hours, OffTheJobActivity activity, @Nullable String note) {

	public OffTheJobDetails {
		note = (note == null || note.isBlank()) ? null : note.strip();
	}

}
