package org.hcstracker.testsupport;

import java.util.UUID;

import org.hcstracker.audit.AuditRecord.Actor;
import org.hcstracker.people.AccountService;
import org.hcstracker.people.AccountPasswords;
import org.hcstracker.people.AccountView;
import org.hcstracker.people.EmailAddress;
import org.hcstracker.people.NewAccount;
import org.hcstracker.people.OrganisationService;
import org.hcstracker.people.OrganisationView;
import org.hcstracker.people.Role;
import org.hcstracker.people.CurrentUser;

/**
 * Makes people for tests, each in an organisation of their own kind, with a unique email
 * and a known password, through the real services.
 */
public class TestAccounts {

	public static final String PASSWORD = "correct-horse-battery";

	private static final Actor TEST = Actor.system("Test set-up");

	private final OrganisationService organisations;

	private final AccountService accounts;

	private final AccountPasswords passwords;

	TestAccounts(OrganisationService organisations, AccountService accounts, AccountPasswords passwords) {
		this.organisations = organisations;
		this.accounts = accounts;
		this.passwords = passwords;
	}

	/**
	 * A new organisation of the given kind.
	 * @param role a role whose kind of organisation to make
	 * @return the organisation
	 */
	public OrganisationView organisationFor(Role role) {
		return this.organisations.create(role.organisationType() + " " + UUID.randomUUID(), role.organisationType(),
				TEST);
	}

	/**
	 * A new person with a password, in a new organisation.
	 * @param role their role
	 * @return the account
	 */
	public AccountView person(Role role) {
		return person(role, organisationFor(role).id());
	}

	/**
	 * A new person with a password, in the given organisation.
	 * @param role their role
	 * @param organisationId their organisation
	 * @return the account
	 */
	public AccountView person(Role role, long organisationId) {
		String email = role.name().toLowerCase() + "-" + UUID.randomUUID() + "@example.test";
		AccountView account = this.accounts.create(
				new NewAccount("Test " + role.name().toLowerCase(), new EmailAddress(email), role, organisationId),
				TEST);
		this.passwords.setPassword(account.id(), PASSWORD, TEST);
		return account;
	}

	/**
	 * A person as they are once signed in.
	 * @param account the account
	 * @return the signed-in person
	 */
	public static CurrentUser signedIn(AccountView account) {
		return CurrentUser.of(account.id(), account.email(), account.name(), account.role(), account.organisationId());
	}

}
