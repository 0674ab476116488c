package org.hcstracker.notifications;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;

import org.hcstracker.people.AccountService;
import org.hcstracker.people.Role;
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

	private static final SecureRandom RANDOM = new SecureRandom();

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
		byte[] secret = new byte[32];
		RANDOM.nextBytes(secret);
		String token = Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
		Instant now = this.clock.instant();
		this.links.save(new ReviewSignLink(hash(token), notification.getSubjectId(), notification.getApprenticeId(),
				notification.getRecipientId(), now, now.plus(this.properties.signLinkValidFor())));
		return this.properties.baseUrl() + "/sign/" + token;
	}

	/**
	 * The SHA-256 hash of a token, as stored.
	 * @param token the token
	 * @return its hash, in hexadecimal
	 */
	static String hash(String token) {
		try {
			return HexFormat.of()
				.formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("SHA-256 is always available", ex);
		}
	}

}
