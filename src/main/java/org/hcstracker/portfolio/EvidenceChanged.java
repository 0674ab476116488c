package org.hcstracker.portfolio;

/**
 * Published in the transaction of any change to a piece of evidence (created, edited,
 * submitted, taken back, accepted, returned, files added or removed).
 *
 * @param apprenticeId the apprentice whose evidence it is
 */
public record EvidenceChanged(long apprenticeId) {
}
