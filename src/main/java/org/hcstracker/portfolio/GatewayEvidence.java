package org.hcstracker.portfolio;

import java.util.Set;

/**
 * What the gateway checklist needs of an apprentice's portfolio.
 *
 * @param coveredAreaIds the programme areas with accepted evidence
 * @param selfAssessment where the self-assessment stands (without its date and coach)
 */
public record GatewayEvidence(Set<Long> coveredAreaIds, SelfAssessment selfAssessment) {
}
