package org.hcstracker.progress;

import org.hcstracker.shared.TypedText;
import org.jspecify.annotations.Nullable;

/**
 * The comment the apprentice or the line manager may add when they sign a review: none if
 * left blank, otherwise at most 1,000 characters of text.
 */
final class SignerComment {

	private SignerComment() {
	}

	/**
	 * The comment as typed, checked.
	 * @param typed what was typed, possibly blank
	 * @return the comment stripped, or null if blank
	 * @throws ReviewRuleException if it is too long or holds control characters
	 */
	static @Nullable TypedText of(@Nullable String typed) {
		return TypedText.optional(typed, ProgressReview.COMMENT_MAX_LENGTH,
				(problem) -> new ReviewRuleException("comment", (problem == TypedText.Problem.TOO_LONG)
						? "progressReview.comment.tooLong" : "progressReview.text.control"));
	}

}
