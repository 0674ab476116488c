package org.hcstracker.programme;

/**
 * A new enrolment.
 *
 * @param apprenticeId the apprentice
 * @param accountId their new account, which has no password yet
 */
public record Enrolment(long apprenticeId, long accountId) {
}
