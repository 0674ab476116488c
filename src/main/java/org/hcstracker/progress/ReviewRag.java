package org.hcstracker.progress;

/**
 * The coach's red, amber or green rating of an apprentice's progress at a review, always
 * shown with its written reason.
 */
public enum ReviewRag {

	/** Progress is at risk and needs action now. */
	RED,

	/** Progress needs attention. */
	AMBER,

	/** Progress is on track. */
	GREEN

}
