package org.hcstracker.programme;

import org.hcstracker.people.IssuedPasswordLink;

/**
 * A new enrolment.
 *
 * @param apprenticeId the apprentice
 * @param accountId their new account, which has no password yet
 * @param name the apprentice's name
 * @param passwordLink the one-time link for them to set their password, to pass on
 */
public record Enrolment(long apprenticeId, long accountId, String name, IssuedPasswordLink passwordLink) {
}
