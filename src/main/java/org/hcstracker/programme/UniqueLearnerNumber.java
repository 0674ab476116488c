package org.hcstracker.programme;

/**
 * The national 10-digit unique learner number (ULN). Valid when the first digit is not 0
 * and the sum of the digits weighted 10, 9, 8 … 1 leaves the remainder 10 when divided by
 * 11; the national data return refuses any other.
 *
 * @param value the ten digits
 */
record UniqueLearnerNumber(String value) {

	public UniqueLearnerNumber {
		if (!isValid(value)) {
			throw new IllegalArgumentException("Not a valid unique learner number");
		}
	}

	/**
	 * Whether a text is a valid unique learner number.
	 * @param value the text, exactly as typed
	 * @return true if it is ten digits, not starting with 0, passing the check
	 */
	public static boolean isValid(String value) {
		if (value.length() != 10 || value.charAt(0) == '0') {
			return false;
		}
		int sum = 0;
		for (int i = 0; i < 10; i++) {
			char digit = value.charAt(i);
			if (digit < '0' || digit > '9') {
				return false;
			}
			sum += (digit - '0') * (10 - i);
		}
		return sum % 11 == 10;
	}

}
