package org.hcstracker.people;

import org.jspecify.annotations.Nullable;

/**
 * What signing in needs to know of an account. Only the sign-in machinery reads it.
 *
 * @param id the account's id
 * @param email the address the person signs in with
 * @param name the person's name
 * @param role their role
 * @param organisationId their organisation
 * @param enabled whether they may sign in
 * @param passwordHash the encoded password, or null if none has been set
 */
public record SignInAccount(long id, String email, String name, Role role, long organisationId, boolean enabled,
		@Nullable String passwordHash) {

	@Override
	public String toString() {
		return "SignInAccount[id=" + this.id + ", role=" + this.role + "]";
	}

}
