package org.hcstracker.portfolio;

import java.time.LocalDate;

/**
 * One piece of evidence in a portfolio list, read in the list's query.
 *
 * @param id the evidence
 * @param title its title
 * @param type its kind
 * @param activityDate when the activity took place
 * @param status where it is in its review
 */
public record EvidenceRow(long id, String title, EvidenceType type, LocalDate activityDate, EvidenceStatus status) {
}
