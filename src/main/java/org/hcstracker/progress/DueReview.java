package org.hcstracker.progress;

/**
 * An apprentice in a coach's caseload whose next review is overdue or due within two
 * weeks.
 *
 * @param apprenticeId the apprentice
 * @param apprenticeName their name
 * @param next when the review is due
 */
public record DueReview(long apprenticeId, String apprenticeName, NextReview next) {
}
