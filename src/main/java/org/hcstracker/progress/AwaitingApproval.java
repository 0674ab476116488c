package org.hcstracker.progress;

import java.time.LocalDate;

/**
 * An apprentice whose off-the-job entries wait for their coach's approval.
 *
 * @param apprenticeId the apprentice
 * @param apprenticeName their name
 * @param entries how many entries wait
 * @param earliest the date of the earliest training among them
 */
public record AwaitingApproval(long apprenticeId, String apprenticeName, long entries, LocalDate earliest) {
}
