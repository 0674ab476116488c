package org.hcstracker.portfolio;

/**
 * Published in the transaction of any change to a piece of evidence (created, edited,
 * submitted, taken back, accepted, returned, files added or removed).
 *
 * @param apprenticeId the apprentice whose evidence it is
 * @param evidenceId the evidence, or 0 when the change is not about one piece
 * @param action what changed, as the audit trail names it ({@code EVIDENCE_ACCEPTED},
 * {@code EVIDENCE_RETURNED}, …), or empty
 * @param title the evidence's title, or empty
 * @param apprenticeAccountId the apprentice's account, or 0 when not known
 */
public record EvidenceChanged(long apprenticeId, long evidenceId, String action, String title,
		long apprenticeAccountId) {

}
