package org.hcstracker.people;

import java.util.Locale;

/**
 * What a password must be: at least 12 and at most 128 characters, not one of the common
 * passwords shipped with the application, and not the person's own email address.
 */
final class PasswordPolicy {

	static final int MIN_LENGTH = 12;

	static final int MAX_LENGTH = 128;

	private PasswordPolicy() {
	}

	static void check(String password, String email) {
		int length = password.codePointCount(0, password.length());
		if (length < MIN_LENGTH) {
			throw new PeopleRuleException("password.tooShort");
		}
		if (length > MAX_LENGTH) {
			throw new PeopleRuleException("password.tooLong");
		}
		if (CommonPasswords.contains(password)) {
			throw new PeopleRuleException("password.common");
		}
		if (password.strip().toLowerCase(Locale.ROOT).equals(email.toLowerCase(Locale.ROOT))) {
			throw new PeopleRuleException("password.isEmail");
		}
	}

}
