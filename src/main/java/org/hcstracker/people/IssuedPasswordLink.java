package org.hcstracker.people;

import java.time.Instant;

/**
 * A newly issued link to set a password. The token is shown once, to be passed on; only
 * its hash is stored.
 *
 * @param accountId the account whose password the link sets
 * @param token the secret part of the link
 * @param expiresAt when the link stops working
 */
public record IssuedPasswordLink(long accountId, String token, Instant expiresAt) {

	/**
	 * The path of the page the link opens.
	 * @return the path with the token
	 */
	public String path() {
		return "/set-password?token=" + this.token;
	}

	@Override
	public String toString() {
		return "IssuedPasswordLink[accountId=" + this.accountId + ", expiresAt=" + this.expiresAt + "]";
	}

}
