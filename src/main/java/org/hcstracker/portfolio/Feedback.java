package org.hcstracker.portfolio;

import org.jspecify.annotations.Nullable;

/**
 * What a coach writes when deciding on a piece of evidence: stripped, never blank, at
 * most {@value #MAX_LENGTH} characters.
 *
 * @param text the feedback
 */
record Feedback(String text) {

	static final int MAX_LENGTH = 5000;

	Feedback {
		text = text.strip();
		if (text.isEmpty()) {
			throw new EvidenceRuleException("feedback", "evidence.feedback.required");
		}
		if (text.length() > MAX_LENGTH) {
			throw new EvidenceRuleException("feedback", "evidence.feedback.tooLong");
		}
	}

	/**
	 * Feedback a coach may leave out (when accepting).
	 * @param text what was typed, possibly nothing
	 * @return the feedback, or null when nothing but spaces was typed
	 * @throws EvidenceRuleException if it is too long
	 */
	static @Nullable Feedback optional(@Nullable String text) {
		return (text == null || text.isBlank()) ? null : new Feedback(text);
	}

	/**
	 * Feedback a coach must give (when returning evidence).
	 * @param text what was typed
	 * @return the feedback
	 * @throws EvidenceRuleException if it is missing or too long
	 */
	static Feedback required(@Nullable String text) {
		return new Feedback((text != null) ? text : "");
	}

}
