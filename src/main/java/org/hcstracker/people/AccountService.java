package org.hcstracker.people;

import java.time.Clock;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.hcstracker.audit.AuditRecord;
import org.hcstracker.audit.AuditRecord.Actor;
import org.hcstracker.audit.AuditService;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Accounts as the other modules use them: creating one, renaming one, finding them by id,
 * address or role, their names, and finding one to sign in. The administrator's pages for
 * accounts are {@link AccountAdministration}; passwords {@link AccountPasswords}.
 */
@Service
public class AccountService {

	private final AccountRepository accounts;

	private final OrganisationRepository organisations;

	private final AuditService audit;

	private final Clock clock;

	private final ApplicationEventPublisher events;

	AccountService(AccountRepository accounts, OrganisationRepository organisations, AuditService audit, Clock clock,
			ApplicationEventPublisher events) {
		this.accounts = accounts;
		this.organisations = organisations;
		this.audit = audit;
		this.clock = clock;
		this.events = events;
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
	static String containing(String search) {
		String literal = search.strip()
			.toLowerCase(Locale.ROOT)
			.replace("!", "!!")
			.replace("%", "!%")
			.replace("_", "!_");
		return "%" + literal + "%";
	}

}
