package org.hcstracker.epa;

/**
 * The grades of the end-point assessment, lowest first. Each element allows only some of
 * them ({@link EpaElement#grades()}).
 */
public enum EpaGrade {

	/** Not passed. */
	FAIL,

	/** Passed. */
	PASS,

	/** Passed with merit (the Professional Discussion only). */
	MERIT,

	/**
	 * Passed with distinction (the Professional Practice Test and the Professional
	 * Discussion).
	 */
	DISTINCTION;

	/**
	 * Whether this grade passes.
	 * @return false for a fail
	 */
	public boolean passes() {
		return this != FAIL;
	}

}
