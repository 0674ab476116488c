package org.hcstracker.epa;

import org.jspecify.annotations.Nullable;

/**
 * Whether an apprentice's EPA history is as the application sealed it, or the first entry
 * that is not.
 *
 * @param intact whether every entry is as sealed, in order, with none missing
 * @param problem what was found at the first break
 * @param sequenceNumber the entry it concerns: the one changed or inserted, or the number
 * of the one removed
 */
record ChainCheck(boolean intact, @Nullable Break problem, @Nullable Integer sequenceNumber) {

	/** A history as sealed. */
	static final ChainCheck INTACT = new ChainCheck(true, null, null);

	static ChainCheck broken(Break problem, int sequenceNumber) {
		return new ChainCheck(false, problem, sequenceNumber);
	}

	/**
	 * The message that describes the result, naming the entry.
	 * @return its message key
	 */
	public String messageKey() {
		return this.intact ? "epa.integrity.intact" : "epa.integrity." + this.problem;
	}

	/**
	 * What went wrong, in a line for logs and the report.
	 * @return the description
	 */
	public String describe() {
		return this.intact ? "intact" : this.problem + " entry " + this.sequenceNumber;
	}

	/**
	 * How a history was found broken.
	 */
	enum Break {

		/** An entry's content no longer matches its seal. */
		CHANGED,

		/** An entry is missing: a gap in the numbering, or the last one gone. */
		REMOVED,

		/** An entry was added that the application did not seal. */
		INSERTED,

		/**
		 * An entry was sealed with a key version no longer configured, so it cannot be
		 * checked: put the old key back (see the README on rotation).
		 */
		UNKNOWN_KEY

	}

}
