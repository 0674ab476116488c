package org.hcstracker.people;

/**
 * An account as pages show it.
 *
 * @param id its id
 * @param email the address the person signs in with
 * @param name the person's name
 * @param role their role
 * @param organisationId their organisation
 * @param organisationName its name
 * @param enabled whether they may sign in
 */
public record AccountView(long id, String email, String name, Role role, long organisationId, String organisationName,
		boolean enabled) {

	static AccountView of(Account account) {
		Organisation organisation = account.getOrganisation();
		return new AccountView(account.requireId(), account.getEmail(), account.getName(), account.getRole(),
				organisation.requireId(), organisation.getName(), account.isEnabled());
	}

}
