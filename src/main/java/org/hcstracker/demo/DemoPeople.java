package org.hcstracker.demo;

import org.hcstracker.people.AccountService;
import org.hcstracker.people.AccountView;
import org.hcstracker.people.CurrentUser;
import org.springframework.stereotype.Component;

/**
 * The demo people, signed in by their email address, for the demo parts to act as them
 * through the real services.
 */
@Component
class DemoPeople {

	private final AccountService accounts;

	DemoPeople(AccountService accounts) {
		this.accounts = accounts;
	}

	CurrentUser as(String email) {
		AccountView account = this.accounts.findByEmail(email).orElseThrow();
		return CurrentUser.of(account.id(), account.email(), account.name(), account.role(), account.organisationId());
	}

}
