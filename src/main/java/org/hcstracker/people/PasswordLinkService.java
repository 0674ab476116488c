package org.hcstracker.people;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import org.hcstracker.audit.AuditRecord;
import org.hcstracker.audit.AuditRecord.Actor;
import org.hcstracker.audit.AuditService;
import org.hcstracker.shared.SecretToken;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * One-time links that let a person set their password: issued by the administrator (or
 * with an enrolment) and passed on, used once, expiring after a configurable time, and
 * replaced by any newer link for the same account. Only a SHA-256 hash of each token is
 * stored.
 */
@Service
public class PasswordLinkService {

	private final PasswordLinkRepository links;

	private final AccountService accounts;

	private final AccountPasswords passwords;

	private final PasswordLinkProperties properties;

	private final AuditService audit;

	private final Clock clock;

	PasswordLinkService(PasswordLinkRepository links, AccountService accounts, AccountPasswords passwords,
			PasswordLinkProperties properties, AuditService audit, Clock clock) {
		this.links = links;
		this.accounts = accounts;
		this.passwords = passwords;
		this.properties = properties;
		this.audit = audit;
		this.clock = clock;
	}

	/**
	 * Issues a new link for an account, ending any earlier one.
	 * @param accountId the account
	 * @param actor who issues it
	 * @return the link, whose token is shown only now
	 */
	@Transactional
	public IssuedPasswordLink issue(long accountId, Actor actor) {
		AccountView account = this.accounts.find(accountId);
		Instant now = this.clock.instant();
		this.links.findByAccountIdAndEndedAtIsNull(account.id()).forEach((earlier) -> earlier.end(now));
		String token = SecretToken.create();
		Instant expiresAt = now.plus(this.properties.validFor());
		this.links.save(new PasswordLink(account.id(), SecretToken.hash(token), now, expiresAt));
		this.audit.record(
				AuditRecord.of(actor, "PASSWORD_LINK_ISSUED", "Account", account.id()).after("expires " + expiresAt));
		return new IssuedPasswordLink(account.id(), token, expiresAt);
	}

	/**
	 * The person a usable link belongs to.
	 * @param token the token from the link
	 * @return the account
	 * @throws PasswordLinkNotFoundException if the link is unknown, used, replaced or
	 * expired
	 */
	@Transactional(readOnly = true)
	public AccountView holderOf(String token) {
		return this.accounts.find(usable(token).getAccountId());
	}

	/**
	 * What the password policy refuses of a password the link's holder typed, without
	 * setting it: so that the form reports it with its other problems.
	 * @param token the token from the link
	 * @param password the password typed
	 * @return the refusal, if any
	 * @throws PasswordLinkNotFoundException if the link is unknown, used, replaced or
	 * expired
	 */
	@Transactional(readOnly = true)
	public List<PeopleRuleException> refusalsOf(String token, String password) {
		AccountView holder = holderOf(token);
		try {
			PasswordPolicy.check(password, holder.email());
			return List.of();
		}
		catch (PeopleRuleException ex) {
			return List.of(ex);
		}
	}

	/**
	 * Sets the password of the link's holder and ends the link.
	 * @param token the token from the link
	 * @param password the new password
	 * @throws PasswordLinkNotFoundException if the link is unknown, used, replaced or
	 * expired
	 * @throws PeopleRuleException if the password breaks the password policy
	 */
	@Transactional
	public void setPassword(String token, String password) {
		PasswordLink link = usable(token);
		AccountView holder = this.accounts.find(link.getAccountId());
		this.passwords.setPassword(holder.id(), password, Actor.account(holder.id(), holder.name()));
		link.end(this.clock.instant());
	}

	private PasswordLink usable(String token) {
		return this.links.findByTokenHash(SecretToken.hash(token))
			.filter((link) -> link.isUsable(this.clock.instant()))
			.orElseThrow(PasswordLinkNotFoundException::new);
	}

}
