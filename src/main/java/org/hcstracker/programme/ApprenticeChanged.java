package org.hcstracker.programme;

/**
 * Published in the transaction of any change to an enrolment (enrolment itself, a break,
 * a return, a withdrawal, gateway, EPA, a new coach or line manager), so that what other
 * modules keep about the apprentice follows in the same transaction.
 *
 * @param apprenticeId the apprentice
 */
public record ApprenticeChanged(long apprenticeId) {
}
