package org.hcstracker.notifications;

import java.time.Clock;
import java.time.Instant;

import org.hcstracker.people.AccountService;
import org.hcstracker.people.Role;
import org.hcstracker.shared.SecretToken;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Issues the one-time links to sign a review from the email: one for each request to sign
 * (and each reminder) put together for a line manager, bound to that review and that
 * person, expiring after {@code hcs.notifications.sign-link-valid-for}. The token appears
 * only in the message; only its SHA-256 hash is stored.
 */
@Component
class SignLinks {

	private final ReviewSignLinkRepository links;

	private final AccountService accounts;

	private final NotificationProperties properties;

	private final Clock clock;

	SignLinks(ReviewSignLinkRepository links, AccountService accounts, NotificationProperties properties, Clock clock) {
		this.links = links;
		this.accounts = accounts;
		this.properties = properties;
		this.clock = clock;
	}

	/**
	 * A new link for the message, if it carries one: a line manager's request to sign.
	 * @param notification the message
	 * @return the link, or null if the message carries none
	 */
	@Transactional
	@Nullable String forMessage(Notification notification) {
		if (!notification.getKind().asksForSignature()
				|| this.accounts.find(notification.getRecipientId()).role() != Role.EMPLOYER) {
			return null;
		}
		String token = SecretToken.create();
		Instant now = this.clock.instant();
		this.links.save(
				new ReviewSignLink(SecretToken.hash(token), notification.getSubjectId(), notification.getApprenticeId(),
						notification.getRecipientId(), now, now.plus(this.properties.signLinkValidFor())));
		return this.properties.baseUrl() + "/sign/" + token;
	}

}
