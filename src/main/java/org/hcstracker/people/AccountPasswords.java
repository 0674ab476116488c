package org.hcstracker.people;

import java.util.Collection;
import java.util.List;

import org.hcstracker.audit.AuditRecord;
import org.hcstracker.audit.AuditRecord.Actor;
import org.hcstracker.audit.AuditService;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Setting people's passwords, checked by the password policy and hashed; the password
 * itself is never stored or logged.
 */
@Service
public class AccountPasswords {

	private final AccountRepository accounts;

	private final PasswordEncoder passwordEncoder;

	private final AuditService audit;

	AccountPasswords(AccountRepository accounts, PasswordEncoder passwordEncoder, AuditService audit) {
		this.accounts = accounts;
		this.passwordEncoder = passwordEncoder;
		this.audit = audit;
	}

	/**
	 * Sets a person's password. The password itself is never stored or logged.
	 * @param accountId the account
	 * @param password the new password
	 * @param actor who sets it
	 * @throws PeopleRuleException if the password breaks the password policy
	 */
	@Transactional
	public void setPassword(long accountId, String password, Actor actor) {
		Account account = this.accounts.findById(accountId)
			.orElseThrow(() -> AccountNotFoundException.forId(accountId));
		PasswordPolicy.check(password, account.getEmail());
		account.changePasswordHash(this.passwordEncoder.encode(password));
		this.audit.record(AuditRecord.of(actor, "PASSWORD_SET", "Account", accountId));
	}

	/**
	 * Gives several accounts one password, hashed once, so all of them share the hash and
	 * its salt: only for accounts whose password is no secret, such as the demo accounts,
	 * where hashing it again for each account would only slow the set-up down.
	 * @param accountIds the accounts
	 * @param password the password they share
	 * @param actor who sets it
	 * @throws PeopleRuleException if the password breaks the password policy for any of
	 * them
	 */
	@Transactional
	public void setSamePassword(Collection<Long> accountIds, String password, Actor actor) {
		List<Account> found = accountIds.stream()
			.map((accountId) -> this.accounts.findById(accountId)
				.orElseThrow(() -> AccountNotFoundException.forId(accountId)))
			.toList();
		if (found.isEmpty()) {
			return;
		}
		found.forEach((account) -> PasswordPolicy.check(password, account.getEmail()));
		String hash = this.passwordEncoder.encode(password);
		for (Account account : found) {
			account.changePasswordHash(hash);
			this.audit.record(AuditRecord.of(actor, "PASSWORD_SET", "Account", account.requireId()));
		}
	}

}
