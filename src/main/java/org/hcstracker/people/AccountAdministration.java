package org.hcstracker.people;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.hcstracker.audit.AuditRecord;
import org.hcstracker.audit.AuditService;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The administrator's pages for accounts: the list with its search and filters, the
 * checks of a new account's form, and letting a person sign in or stopping them.
 */
@Service
class AccountAdministration {

	/** Accounts on one page of the administrator's list. */
	static final int PAGE_SIZE = 25;

	private final AccountRepository accounts;

	private final OrganisationRepository organisations;

	private final AuditService audit;

	private final ApplicationEventPublisher events;

	AccountAdministration(AccountRepository accounts, OrganisationRepository organisations, AuditService audit,
			ApplicationEventPublisher events) {
		this.accounts = accounts;
		this.organisations = organisations;
		this.audit = audit;
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
	 * Stops a person signing in, and ends the sessions they have open
	 * ({@link AccountDisabled}). An administrator cannot disable their own account.
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
			this.events.publishEvent(new AccountDisabled(accountId, account.getEmail()));
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
		String pattern = AccountService.containing(search);
		return this.accounts
			.search(pattern, role, organisationId, PageRequest.of(Math.max(0, page), PAGE_SIZE, Sort.by("name", "id")))
			.map(AccountView::of);
	}

}
