package org.hcstracker.epa;

import org.jspecify.annotations.Nullable;

/**
 * Published in the transaction of any change to an apprentice's end-point assessment (an
 * assessor assigned, a result recorded, the grade confirmed, the certificate requested or
 * issued), with what those who are told of it need to know.
 *
 * @param apprenticeId the apprentice
 * @param action what changed, as the audit trail names it ({@code EPA_ASSESSOR_ASSIGNED},
 * {@code EPA_GRADE_CONFIRMED}, {@code EPA_CERTIFICATE_REQUESTED},
 * {@code EPA_CERTIFICATE_ISSUED}, …)
 * @param apprenticeAccountId the apprentice's account
 * @param coachId their coach's account
 * @param lineManagerId their line manager's account
 * @param assessorId the assessor assigned after the change, if any
 */
public record EpaChanged(long apprenticeId, String action, long apprenticeAccountId, long coachId, long lineManagerId,
		@Nullable Long assessorId) {

}
