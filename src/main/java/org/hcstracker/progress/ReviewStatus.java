package org.hcstracker.progress;

/**
 * Where a progress review is: scheduled, held and waiting for signatures, or complete.
 */
enum ReviewStatus {

	/** Planned for a date, not held yet. */
	SCHEDULED,

	/** Held and recorded; the apprentice, the line manager or both have still to sign. */
	AWAITING_SIGNATURES,

	/** Signed by both the apprentice and their line manager. */
	COMPLETE,

	/** Scheduled, then cancelled by the coach with a reason before it was held. */
	CANCELLED

}
