package org.hcstracker.portfolio;

/**
 * Published in the transaction of any change to a piece of evidence (created, edited,
 * submitted, taken back, accepted, returned, files added or removed), and of each message
 * written in its conversation ({@code EVIDENCE_MESSAGE_POSTED}, with who wrote it and the
 * coach, so that the other party can be told).
 *
 * @param apprenticeId the apprentice whose evidence it is
 * @param evidenceId the evidence, or 0 when the change is not about one piece
 * @param action what changed, as the audit trail names it ({@code EVIDENCE_ACCEPTED},
 * {@code EVIDENCE_RETURNED}, …), or empty
 * @param title the evidence's title, or empty
 * @param apprenticeAccountId the apprentice's account, or 0 when not known
 * @param actorId the account of who made the change (who wrote, for a message in the
 * conversation), or 0 when not known
 * @param coachId the apprentice's coach's account, or 0 when not known
 */
public record EvidenceChanged(long apprenticeId, long evidenceId, String action, String title, long apprenticeAccountId,
		long actorId, long coachId) {

	/**
	 * A change whose actor and coach are not told.
	 * @param apprenticeId the apprentice whose evidence it is
	 * @param evidenceId the evidence, or 0
	 * @param action what changed, or empty
	 * @param title the evidence's title, or empty
	 * @param apprenticeAccountId the apprentice's account, or 0
	 */
	public EvidenceChanged(long apprenticeId, long evidenceId, String action, String title, long apprenticeAccountId) {
		this(apprenticeId, evidenceId, action, title, apprenticeAccountId, 0, 0);
	}

}
