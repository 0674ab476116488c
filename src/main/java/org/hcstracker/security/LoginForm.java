package org.hcstracker.security;

/**
 * What the sign-in page shows in its fields. The password is never shown back.
 *
 * @param email the address typed last, or empty
 * @param password always empty
 */
record LoginForm(String email, String password) {

	static LoginForm withEmail(String email) {
		return new LoginForm(email, "");
	}

}
