package org.hcstracker.portfolio;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * A coach's decision as pages show it.
 *
 * @param evidenceId the evidence
 * @param outcome accepted or returned
 * @param feedback what the coach wrote
 * @param coachName who decided
 * @param decidedAt when
 */
public record FeedbackView(long evidenceId, EvidenceStatus outcome, @Nullable String feedback, String coachName,
		Instant decidedAt) {
}
