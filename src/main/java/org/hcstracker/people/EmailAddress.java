package org.hcstracker.people;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * An email address, the name a person signs in with. Kept in lower case, so that two
 * spellings of one address are one account.
 *
 * @param value the address, trimmed and in lower case
 */
public record EmailAddress(String value) {

	static final int MAX_LENGTH = 254;

	private static final Pattern SHAPE = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

	public EmailAddress {
		value = value.strip().toLowerCase(Locale.ROOT);
		if (!isValid(value)) {
			throw new IllegalArgumentException("Not an email address");
		}
	}

	/**
	 * Whether a text has the shape of an email address.
	 * @param value the text
	 * @return true if it has
	 */
	public static boolean isValid(String value) {
		String trimmed = value.strip();
		return trimmed.length() <= MAX_LENGTH && SHAPE.matcher(trimmed).matches();
	}

}
