package org.hcstracker.shared;

import org.jspecify.annotations.Nullable;

/**
 * A value of a sent form that the form's own checks require: read only once those checks
 * passed, so that a missing one is a fault of the code, not of what was typed.
 */
public final class Checked {

	private Checked() {
	}

	/**
	 * The value of a field the form's checks require.
	 * @param <T> the type of the value
	 * @param value the value as sent
	 * @param field the field's name, for the fault
	 * @return the value
	 * @throws IllegalStateException if the value is missing, that is if it is read before
	 * the form's checks passed
	 */
	public static <T> T required(@Nullable T value, String field) {
		if (value == null) {
			throw new IllegalStateException(field + " is required by the form's checks, which must pass first");
		}
		return value;
	}

}
