package org.hcstracker.notifications;

import java.time.Clock;
import java.time.Instant;

import org.hcstracker.notifications.SignLink.Subject;
import org.hcstracker.people.AccountService;
import org.hcstracker.people.AccountView;
import org.hcstracker.people.CurrentUser;
import org.hcstracker.people.Role;
import org.hcstracker.shared.SecretToken;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The one-time links emailed to a line manager: one for each request to sign a review, or
 * to take a gateway decision (and each reminder), bound to that one thing and that
 * person, expiring after {@code hcs.notifications.sign-link-valid-for}. The token appears
 * only in the message; only its SHA-256 hash is stored. Opening a link finds it only for
 * the subject of the page that opens it, so that a link opens nothing else.
 */
@Component
class SignLinks {

	private final SignLinkRepository links;

	private final AccountService accounts;

	private final NotificationProperties properties;

	private final Clock clock;

	SignLinks(SignLinkRepository links, AccountService accounts, NotificationProperties properties, Clock clock) {
		this.links = links;
		this.accounts = accounts;
		this.properties = properties;
		this.clock = clock;
	}

	/**
	 * A new link for the message, if it carries one: a line manager's request to sign a
	 * review or to decide gateway.
	 * @param notification the message
	 * @return the link, or null if the message carries none
	 */
	@Transactional
	@Nullable String forMessage(Notification notification) {
		NotificationKind kind = notification.getKind();
		if (!(kind.asksForSignature() || kind.asksForGatewayDecision())
				|| this.accounts.find(notification.getRecipientId()).role() != Role.EMPLOYER) {
			return null;
		}
		String token = SecretToken.create();
		String hash = SecretToken.hash(token);
		Instant now = this.clock.instant();
		Instant expires = now.plus(this.properties.signLinkValidFor());
		if (kind.asksForGatewayDecision()) {
			this.links.save(SignLink.toDecideGateway(hash, notification.getApprenticeId(),
					notification.getRecipientId(), now, expires));
			return this.properties.baseUrl() + "/sign/gateway/" + token;
		}
		this.links.save(SignLink.toSignReview(hash, notification.getSubjectId(), notification.getApprenticeId(),
				notification.getRecipientId(), now, expires));
		return this.properties.baseUrl() + "/sign/" + token;
	}

	/**
	 * The link of a token, for the page of one subject, as the person signed in on the
	 * browser (if anyone) may use it; changes nothing.
	 * @param token the token from the link
	 * @param subject what the page that opens it is for
	 * @param signedIn the person signed in, if any
	 * @return the link if usable, otherwise why not
	 */
	Found find(String token, Subject subject, @Nullable CurrentUser signedIn) {
		SignLink link = this.links.findByTokenHash(SecretToken.hash(token)).orElse(null);
		if (link == null || link.getSubject() != subject) {
			return new Found(SignLinkState.UNKNOWN, null);
		}
		if (signedIn != null && signedIn.accountId() != link.getAccountId()) {
			return new Found(SignLinkState.FOREIGN, null);
		}
		SignLinkState state = link.state(this.clock.instant());
		return new Found(state, (state == SignLinkState.USABLE) ? link : null);
	}

	/**
	 * Uses a usable link up, at once in the database, so that a second use of it waits
	 * for the first and is then refused.
	 * @param link the link
	 */
	void use(SignLink link) {
		link.use(this.clock.instant());
		this.links.saveAndFlush(link);
	}

	/**
	 * The person a link was sent to, acting with it.
	 * @param link the link
	 * @return the person
	 * @throws EmailSigning.SignLinkNotFoundException if they can no longer sign in
	 */
	CurrentUser holder(SignLink link) {
		AccountView account = this.accounts.find(link.getAccountId());
		if (!account.enabled()) {
			throw new EmailSigning.SignLinkNotFoundException();
		}
		return CurrentUser.of(account.id(), account.email(), account.name(), account.role(), account.organisationId());
	}

	/**
	 * A link found for a token, or why it cannot be used.
	 *
	 * @param state where the link is
	 * @param link the link, when usable
	 */
	record Found(SignLinkState state, @Nullable SignLink link) {

		SignLink usable() {
			if (this.link == null) {
				throw new IllegalStateException("The link is not usable");
			}
			return this.link;
		}

	}

}
