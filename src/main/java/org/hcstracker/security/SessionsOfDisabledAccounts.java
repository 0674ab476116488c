package org.hcstracker.security;

import org.hcstracker.people.AccountDisabled;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Ends every session of a person whose account has been disabled, once the change has
 * committed. Sessions are kept in the database under the signed-in person's email
 * address, so this reaches the sessions opened through every application node: the
 * person's next request, wherever it goes, finds no session and is sent to the sign-in
 * page.
 */
@Component
class SessionsOfDisabledAccounts {

	private static final Logger log = LoggerFactory.getLogger(SessionsOfDisabledAccounts.class);

	private final FindByIndexNameSessionRepository<? extends Session> sessions;

	SessionsOfDisabledAccounts(FindByIndexNameSessionRepository<? extends Session> sessions) {
		this.sessions = sessions;
	}

	@TransactionalEventListener
	void on(AccountDisabled disabled) {
		var ended = this.sessions.findByPrincipalName(disabled.email()).keySet();
		ended.forEach(this.sessions::deleteById);
		log.info("Ended {} session(s) of disabled account {}", ended.size(), disabled.accountId());
	}

}
