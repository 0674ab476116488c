package org.hcstracker.people;

import java.io.Serializable;
import java.time.Instant;

/**
 * What the administrator is shown once after issuing a link: whose it is, the full
 * address to pass on, and when it expires. Rendered by the fragment
 * {@code fragments/password-link :: notice(notice)}; a controller passes it on as the
 * flash attribute {@code passwordLink}, which is kept in the session until the next page:
 * hence serialisable.
 *
 * @param personName whose password the link sets
 * @param url the full address of the link
 * @param expiresAt when it stops working
 */
public record PasswordLinkNotice(String personName, String url, Instant expiresAt) implements Serializable {

	/**
	 * The notice for a link, its address built on the application's own base address.
	 * @param link the link
	 * @param personName whose it is
	 * @param baseUrl the application's base address, such as
	 * {@code https://hcs.example.org}
	 * @return the notice
	 */
	public static PasswordLinkNotice of(IssuedPasswordLink link, String personName, String baseUrl) {
		return new PasswordLinkNotice(personName, baseUrl + link.path(), link.expiresAt());
	}

	@Override
	public String toString() {
		return "PasswordLinkNotice[" + this.personName + ", expires " + this.expiresAt + "]";
	}

}
