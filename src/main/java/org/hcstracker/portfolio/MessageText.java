package org.hcstracker.portfolio;

import org.hcstracker.shared.TypedText;
import org.jspecify.annotations.Nullable;

/**
 * What the apprentice or their coach writes in the conversation on a piece of evidence:
 * stripped, never blank, at most {@value #MAX_LENGTH} characters, no control characters
 * other than line breaks and tabs. Checked when built, so a message that exists may be
 * kept.
 *
 * @param text the checked text
 */
record MessageText(TypedText text) {

	static final int MAX_LENGTH = 2000;

	/** The form field the message is typed in. */
	static final String FIELD = "text";

	/**
	 * Checks what was typed.
	 * @param typed the text as sent, possibly missing
	 * @return the message
	 * @throws EvidenceRuleException if it is blank, too long or holds a control character
	 */
	static MessageText of(@Nullable String typed) {
		return new MessageText(TypedText.required(typed, MAX_LENGTH, MessageText::refusal));
	}

	private static EvidenceRuleException refusal(TypedText.Problem problem) {
		return switch (problem) {
			case MISSING -> new EvidenceRuleException(FIELD, "evidence.message.required");
			case TOO_LONG -> new EvidenceRuleException(FIELD, "evidence.message.tooLong", MAX_LENGTH);
			case CONTROL -> new EvidenceRuleException(FIELD, "evidence.message.control");
		};
	}

	String value() {
		return this.text.value();
	}

}
