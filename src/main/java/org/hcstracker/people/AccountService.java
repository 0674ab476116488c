package org.hcstracker.people;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.hcstracker.audit.AuditRecord;
import org.hcstracker.audit.AuditRecord.Actor;
import org.hcstracker.audit.AuditService;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Accounts: creating them, finding them, enabling and disabling them, setting passwords,
 * and finding them to sign in.
 */
@Service
public class AccountService {

	/** Accounts on one page of the administrator's list. */
	public static final int PAGE_SIZE = 25;

	private final AccountRepository accounts;

	private final OrganisationRepository organisations;

	private final PasswordEncoder passwordEncoder;

	private final AuditService audit;

	private final Clock clock;

	private final ApplicationEventPublisher events;

	AccountService(AccountRepository accounts, OrganisationRepository organisations, PasswordEncoder passwordEncoder,
			AuditService audit, Clock clock, ApplicationEventPublisher events) {
		this.accounts = accounts;
		this.organisations = organisations;
		this.passwordEncoder = passwordEncoder;
		this.audit = audit;
		this.clock = clock;
		this.events = events;
	}

	/**
	 * Every refusal the rules make of a new account as entered so far, all at once: the
	 * email address's form and that no account has it yet, and an organisation that
	 * exists and is of the kind the role belongs to. A part not yet entered is left to
	 * the form's own checks.
	 * @param email the email address, if entered
	 * @param role the role, if chosen
	 * @param organisationId the organisation, if chosen
	 * @return the refusals, in the order of the form's fields; empty if none
	 */
	@Transactional(readOnly = true)
	public List<PeopleRuleException> refusalsOfNew(@Nullable String email, @Nullable Role role,
			@Nullable Long organisationId) {
		List<PeopleRuleException> refusals = new ArrayList<>();
		if (email != null && !email.isBlank()) {
			if (!EmailAddress.isValid(email)) {
				refusals.add(new PeopleRuleException("account.email.invalid"));
			}
			else if (this.accounts.existsByEmail(new EmailAddress(email).value())) {
				refusals.add(new PeopleRuleException("account.email.taken"));
			}
		}
		if (organisationId != null) {
			Optional<Organisation> organisation = this.organisations.findById(organisationId);
			if (organisation.isEmpty()) {
				refusals.add(new PeopleRuleException("account.organisation.required"));
			}
			else if (role != null && organisation.get().getType() != role.organisationType()) {
				refusals.add(new PeopleRuleException("account.organisation.wrongType"));
			}
		}
		return refusals;
	}

	/**
	 * Creates an enabled account with no password.
	 * @param account the new account
	 * @param actor who creates it
	 * @return the account
	 * @throws PeopleRuleException if the email is taken or the organisation is of the
	 * wrong kind for the role
	 */
	@Transactional
	public AccountView create(NewAccount account, Actor actor) {
		if (this.accounts.existsByEmail(account.email().value())) {
			throw new PeopleRuleException("account.email.taken");
		}
		Organisation organisation = this.organisations.findById(account.organisationId())
			.orElseThrow(() -> OrganisationNotFoundException.forId(account.organisationId()));
		Account saved = this.accounts
			.save(new Account(account.email(), account.name(), account.role(), organisation, this.clock.instant()));
		this.audit.record(AuditRecord.of(actor, "ACCOUNT_CREATED", "Account", saved.requireId())
			.after(saved.getRole() + " " + saved.getEmail() + " at " + organisation.getName()));
		return AccountView.of(saved);
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

	/**
	 * Gives a person a new name; modules that keep it hear of it in the same transaction
	 * ({@link AccountRenamed}).
	 * @param accountId the account
	 * @param name the new name
	 * @param admin the administrator
	 */
	@Transactional
	public void rename(long accountId, String name, CurrentUser admin) {
		admin.requireRole(Role.ADMIN);
		Account account = this.accounts.findById(accountId)
			.orElseThrow(() -> AccountNotFoundException.forId(accountId));
		String before = account.getName();
		account.rename(name);
		if (!before.equals(account.getName())) {
			this.audit.record(AuditRecord.of(admin.asActor(), "ACCOUNT_RENAMED", "Account", accountId)
				.before(before)
				.after(account.getName()));
			this.events.publishEvent(new AccountRenamed(accountId, account.getName()));
		}
	}

	/**
	 * Lets a person sign in again.
	 * @param accountId the account
	 * @param admin the administrator
	 */
	@Transactional
	public void enable(long accountId, CurrentUser admin) {
		admin.requireRole(Role.ADMIN);
		Account account = this.accounts.findById(accountId)
			.orElseThrow(() -> AccountNotFoundException.forId(accountId));
		if (!account.isEnabled()) {
			account.enable();
			this.audit.record(AuditRecord.of(admin.asActor(), "ACCOUNT_ENABLED", "Account", accountId)
				.before("disabled")
				.after("enabled"));
		}
	}

	/**
	 * Stops a person signing in. An administrator cannot disable their own account.
	 * @param accountId the account
	 * @param admin the administrator
	 */
	@Transactional
	public void disable(long accountId, CurrentUser admin) {
		admin.requireRole(Role.ADMIN);
		if (accountId == admin.accountId()) {
			throw new PeopleRuleException("account.disable.self");
		}
		Account account = this.accounts.findById(accountId)
			.orElseThrow(() -> AccountNotFoundException.forId(accountId));
		if (account.isEnabled()) {
			account.disable();
			this.audit.record(AuditRecord.of(admin.asActor(), "ACCOUNT_DISABLED", "Account", accountId)
				.before("enabled")
				.after("disabled"));
		}
	}

	/**
	 * The administrator's list of accounts, by name, a page at a time.
	 * @param search part of a name or email address, or empty
	 * @param role only this role, if given
	 * @param organisationId only this organisation, if given
	 * @param page the page number, from 0
	 * @param admin the administrator
	 * @return one page of accounts
	 */
	@Transactional(readOnly = true)
	public Page<AccountView> search(String search, @Nullable Role role, @Nullable Long organisationId, int page,
			CurrentUser admin) {
		admin.requireRole(Role.ADMIN);
		String pattern = containing(search);
		return this.accounts
			.search(pattern, role, organisationId, PageRequest.of(Math.max(0, page), PAGE_SIZE, Sort.by("name", "id")))
			.map(AccountView::of);
	}

	/**
	 * The names of accounts, for pages that show who is who: one statement.
	 * @param ids the accounts
	 * @return each name by account id (accounts not found are left out)
	 */
	@Transactional(readOnly = true)
	public Map<Long, String> names(Collection<Long> ids) {
		if (ids.isEmpty()) {
			return Map.of();
		}
		return this.accounts.findNames(ids)
			.stream()
			.collect(Collectors.toMap(PersonName::id, PersonName::name, (first, second) -> first));
	}

	/**
	 * The accounts whose name or email address holds a text, for the administrator's
	 * filters: one statement, at most {@code limit} of them, by name.
	 * @param search part of a name or email address
	 * @param limit the most to return
	 * @param admin the administrator
	 * @return their ids
	 */
	@Transactional(readOnly = true)
	public List<Long> idsMatching(String search, int limit, CurrentUser admin) {
		admin.requireRole(Role.ADMIN);
		String pattern = containing(search);
		return this.accounts.findIdsMatching(pattern, PageRequest.of(0, limit));
	}

	/**
	 * An account by id.
	 * @param accountId the account
	 * @return the account
	 * @throws AccountNotFoundException if there is none
	 */
	@Transactional(readOnly = true)
	public AccountView find(long accountId) {
		return this.accounts.findById(accountId)
			.map(AccountView::of)
			.orElseThrow(() -> AccountNotFoundException.forId(accountId));
	}

	/**
	 * An account by its email address.
	 * @param email the address as typed
	 * @return the account, if there is one
	 */
	@Transactional(readOnly = true)
	public Optional<AccountView> findByEmail(String email) {
		if (!EmailAddress.isValid(email)) {
			return Optional.empty();
		}
		return this.accounts.findByEmail(new EmailAddress(email).value()).map(AccountView::of);
	}

	/**
	 * The enabled accounts of one role, by name, for choosing a person on a form.
	 * @param role the role
	 * @return the accounts
	 */
	@Transactional(readOnly = true)
	public List<AccountView> enabledAccountsWithRole(Role role) {
		return this.accounts.findEnabledWithRole(role).stream().map(AccountView::of).toList();
	}

	/**
	 * The account someone is signing in to, by the address they typed.
	 * @param email the address as typed
	 * @return the account, if there is one
	 */
	@Transactional(readOnly = true)
	public Optional<SignInAccount> findForSignIn(String email) {
		if (!EmailAddress.isValid(email)) {
			return Optional.empty();
		}
		return this.accounts.findByEmail(new EmailAddress(email).value())
			.map((account) -> new SignInAccount(account.requireId(), account.getEmail(), account.getName(),
					account.getRole(), account.getOrganisation().requireId(), account.isEnabled(),
					account.getPasswordHash()));
	}

	/**
	 * A LIKE pattern (escape character '!') for names and email addresses containing the
	 * search, its own % and _ taken literally (so "john_smith@nhs.net" finds that
	 * address).
	 */
	private static String containing(String search) {
		String literal = search.strip()
			.toLowerCase(Locale.ROOT)
			.replace("!", "!!")
			.replace("%", "!%")
			.replace("_", "!_");
		return "%" + literal + "%";
	}

}
