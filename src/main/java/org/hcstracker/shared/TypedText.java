package org.hcstracker.shared;

import java.util.function.Function;

import org.jspecify.annotations.Nullable;

/**
 * A text a person typed for the record (a reason, a note), checked when built: stripped
 * of surrounding space, not empty, within its length and free of control characters other
 * than line breaks and tabs. A module turns a {@link Problem} into its own refusal, so
 * that one rule serves every reason and note while each page keeps its own message.
 *
 * @param value the checked text
 */
public record TypedText(String value) {

	/**
	 * What is wrong with a typed text.
	 */
	public enum Problem {

		/** Nothing but space was typed. */
		MISSING,

		/** Longer than its field allows. */
		TOO_LONG,

		/** Holds a control character (other than a line break or tab). */
		CONTROL

	}

	/**
	 * Builds a text that is already stripped and checked.
	 * @param value the text
	 * @throws IllegalArgumentException if it is empty, not stripped or holds a control
	 * character
	 */
	public TypedText {
		if (value.isEmpty() || !value.equals(value.strip()) || hasControl(value)) {
			throw new IllegalArgumentException("Not a checked text");
		}
	}

	/**
	 * The problem with a typed text, if any.
	 * @param typed the text as sent, possibly missing
	 * @param maxLength the most characters allowed once stripped
	 * @return the problem, or null if the text may be kept
	 */
	public static @Nullable Problem problemWith(@Nullable String typed, int maxLength) {
		String stripped = (typed != null) ? typed.strip() : "";
		if (stripped.isEmpty()) {
			return Problem.MISSING;
		}
		if (stripped.length() > maxLength) {
			return Problem.TOO_LONG;
		}
		return hasControl(stripped) ? Problem.CONTROL : null;
	}

	/**
	 * A text that must be given.
	 * @param <E> the module's kind of refusal
	 * @param typed the text as sent
	 * @param maxLength the most characters allowed once stripped
	 * @param refusal the module's refusal for a problem
	 * @return the checked text
	 * @throws E if the text is missing, too long or holds a control character
	 */
	public static <E extends RuntimeException> TypedText required(@Nullable String typed, int maxLength,
			Function<Problem, E> refusal) {
		Problem problem = problemWith(typed, maxLength);
		if (problem != null) {
			throw refusal.apply(problem);
		}
		return new TypedText(Checked.required(typed, "text").strip());
	}

	/**
	 * A text that may be left empty.
	 * @param <E> the module's kind of refusal
	 * @param typed the text as sent, possibly missing or blank
	 * @param maxLength the most characters allowed once stripped
	 * @param refusal the module's refusal for a text too long or holding a control
	 * character
	 * @return the checked text, or null if nothing but space was typed
	 * @throws E if the text is too long or holds a control character
	 */
	public static <E extends RuntimeException> @Nullable TypedText optional(@Nullable String typed, int maxLength,
			Function<Problem, E> refusal) {
		Problem problem = problemWith(typed, maxLength);
		if (problem == Problem.MISSING) {
			return null;
		}
		return required(typed, maxLength, refusal);
	}

	private static boolean hasControl(String text) {
		return text.chars().anyMatch((c) -> Character.isISOControl(c) && c != '\n' && c != '\r' && c != '\t');
	}

	@Override
	public String toString() {
		return this.value;
	}

}
