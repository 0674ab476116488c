package org.hcstracker.risk;

/**
 * How much help an apprentice on programme needs, always shown with its words and
 * reasons, never by colour alone.
 */
enum Rag {

	/** No flags. */
	GREEN,

	/** Some flags: keep an eye. */
	AMBER,

	/** Many flags: act now. */
	RED

}
