package org.hcstracker.gateway;

/**
 * The five items of the gateway checklist, in the order they are shown.
 */
public enum GatewayItem {

	/** Level 2 maths held or achieved, or exempt. */
	MATHS,

	/** Level 2 English held or achieved, or exempt. */
	ENGLISH,

	/** The Level 4 Diploma in Healthcare Science achieved. */
	DIPLOMA,

	/** Every programme area has accepted evidence, and the coach confirms completion. */
	PORTFOLIO,

	/**
	 * The reflective self-assessment submitted by the apprentice and accepted by the
	 * coach.
	 */
	SELF_ASSESSMENT;

	/**
	 * Whether the coach records this item as a qualification.
	 * @return true for maths, English and the Diploma
	 */
	public boolean isQualification() {
		return this == MATHS || this == ENGLISH || this == DIPLOMA;
	}

}
