package org.hcstracker.progress;

import java.time.LocalDate;

/**
 * A review held that waits for a person's signature.
 *
 * @param reviewId the review
 * @param apprenticeId the apprentice
 * @param apprenticeName their name
 * @param heldOn the date it was held
 */
public record ReviewToSign(long reviewId, long apprenticeId, String apprenticeName, LocalDate heldOn) {
}
