package org.hcstracker.progress;

/**
 * Where an off-the-job entry is with the coach.
 */
enum OffTheJobStatus {

	/** Recorded or amended; counts while it waits for the coach. */
	AWAITING_APPROVAL,

	/** Approved by the coach; frozen. */
	APPROVED,

	/** Queried by the coach with a reason; does not count until amended and approved. */
	QUERIED;

	/**
	 * Whether the entry's hours count towards the totals.
	 * @return true when approved or awaiting approval
	 */
	public boolean counts() {
		return this != QUERIED;
	}

	/**
	 * Whether the apprentice may still change the entry.
	 * @return true until the coach approves it
	 */
	public boolean isEditable() {
		return this != APPROVED;
	}

}
