package org.hcstracker.portfolio;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * When an apprentice last submitted evidence, and since when evidence has waited for
 * review.
 *
 * @param lastSubmitted the date of the latest submission
 * @param oldestWaitingSince the submission date of the evidence waiting longest, if any
 * waits
 * @param waiting how many pieces of evidence wait for review
 */
public record SubmissionDates(LocalDate lastSubmitted, @Nullable LocalDate oldestWaitingSince, long waiting) {
}
