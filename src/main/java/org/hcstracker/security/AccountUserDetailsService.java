package org.hcstracker.security;

import org.hcstracker.people.AccountService;
import org.hcstracker.people.CurrentUser;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;

/**
 * Finds the account someone signs in to. An account without a password yet cannot be
 * signed in to, and looks exactly like an unknown address.
 */
@Component
class AccountUserDetailsService implements UserDetailsService {

	private final AccountService accounts;

	AccountUserDetailsService(AccountService accounts) {
		this.accounts = accounts;
	}

	@Override
	public UserDetails loadUserByUsername(String email) {
		return this.accounts.findForSignIn(email)
			.filter((account) -> account.passwordHash() != null)
			.map(CurrentUser::new)
			.orElseThrow(() -> new UsernameNotFoundException("No account for that address"));
	}

}
