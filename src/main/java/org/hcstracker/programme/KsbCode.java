package org.hcstracker.programme;

import java.util.regex.Pattern;

/**
 * The code of a KSB statement: K, S or B followed by a number from 1 to 999 without
 * leading zeros (K1, S12, B3). Unique within a standard version.
 *
 * @param value the code
 */
public record KsbCode(String value) {

	private static final Pattern PATTERN = Pattern.compile("[KSB][1-9][0-9]{0,2}");

	public KsbCode {
		if (!isValid(value)) {
			throw new IllegalArgumentException("Not a KSB code: " + value);
		}
	}

	/**
	 * Whether a text is a well-formed KSB code.
	 * @param value the text
	 * @return true if it is one
	 */
	public static boolean isValid(String value) {
		return PATTERN.matcher(value).matches();
	}

	KsbType type() {
		return KsbType.ofCodeLetter(this.value.charAt(0));
	}

}
