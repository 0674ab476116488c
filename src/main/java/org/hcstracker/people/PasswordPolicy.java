package org.hcstracker.people;

/**
 * What a password must be: at least 12 and at most 128 characters.
 */
final class PasswordPolicy {

	static final int MIN_LENGTH = 12;

	static final int MAX_LENGTH = 128;

	private PasswordPolicy() {
	}

	static void check(String password) {
		int length = password.codePointCount(0, password.length());
		if (length < MIN_LENGTH) {
			throw new PeopleRuleException("password.tooShort");
		}
		if (length > MAX_LENGTH) {
			throw new PeopleRuleException("password.tooLong");
		}
	}

}
