package org.hcstracker.programme;

import org.hcstracker.people.AccountNotFoundException;
import org.hcstracker.people.AccountService;
import org.hcstracker.people.AccountView;
import org.hcstracker.people.OrganisationNotFoundException;
import org.hcstracker.people.OrganisationService;
import org.hcstracker.people.OrganisationType;
import org.hcstracker.people.OrganisationView;
import org.hcstracker.people.Role;
import org.springframework.stereotype.Component;

/**
 * The people and organisations a change to an enrolment names, checked to be of the right
 * kind: an enabled account with a role, or an EPAO. A wrong one is refused with the
 * change's own message.
 */
@Component
class Parties {

	private final AccountService accounts;

	private final OrganisationService organisations;

	Parties(AccountService accounts, OrganisationService organisations) {
		this.accounts = accounts;
		this.organisations = organisations;
	}

	AccountView account(long id, Role role, String messageKey) {
		return account(id, role, messageKey, false);
	}

	AccountView account(long id, Role role, String messageKey, boolean disabledAllowed) {
		try {
			AccountView account = this.accounts.find(id);
			if (account.role() != role || (!disabledAllowed && !account.enabled())) {
				throw new ProgrammeRuleException(messageKey);
			}
			return account;
		}
		catch (AccountNotFoundException ex) {
			throw new ProgrammeRuleException(messageKey);
		}
	}

	OrganisationView epao(long id) {
		try {
			OrganisationView epao = this.organisations.find(id);
			if (epao.type() != OrganisationType.EPAO) {
				throw new ProgrammeRuleException("apprentice.epao.invalid");
			}
			return epao;
		}
		catch (OrganisationNotFoundException ex) {
			throw new ProgrammeRuleException("apprentice.epao.invalid");
		}
	}

}
