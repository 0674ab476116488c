package org.hcstracker.portfolio;

import java.util.EnumSet;
import java.util.Set;

/**
 * Where a piece of evidence is in its review, with the transitions the portfolio allows.
 */
public enum EvidenceStatus {

	/** Being written; seen only by the apprentice. */
	DRAFT,

	/** Waiting for the coach; the apprentice may take it back until the coach acts. */
	SUBMITTED,

	/** Accepted by the coach; frozen. */
	ACCEPTED,

	/** Returned by the coach with feedback; the apprentice edits and resubmits it. */
	RETURNED;

	public boolean canTransitionTo(EvidenceStatus next) {
		return allowedNext().contains(next);
	}

	private Set<EvidenceStatus> allowedNext() {
		return switch (this) {
			case DRAFT -> EnumSet.of(SUBMITTED);
			case SUBMITTED -> EnumSet.of(DRAFT, ACCEPTED, RETURNED);
			case RETURNED -> EnumSet.of(SUBMITTED);
			case ACCEPTED -> EnumSet.noneOf(EvidenceStatus.class);
		};
	}

	/**
	 * Whether the apprentice may change the evidence now.
	 * @return true for a draft or returned evidence
	 */
	public boolean isEditable() {
		return this == DRAFT || this == RETURNED;
	}

}
