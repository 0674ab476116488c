package org.hcstracker.progress;

/**
 * Published in the transaction of any change to an off-the-job entry (recorded, amended,
 * approved, queried).
 *
 * @param apprenticeId the apprentice whose entry it is
 */
public record OffTheJobChanged(long apprenticeId) {
}
