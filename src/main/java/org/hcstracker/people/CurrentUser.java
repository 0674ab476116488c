package org.hcstracker.people;

import java.util.Collection;
import java.util.List;

import org.hcstracker.audit.AuditRecord.Actor;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/**
 * The signed-in person: their account, role and organisation. Controllers receive it with
 * {@code @AuthenticationPrincipal} and pass what a service needs to scope its queries.
 */
public final class CurrentUser implements UserDetails, CredentialsContainer {

	private static final long serialVersionUID = 1L;

	private final long accountId;

	private final String email;

	private final String name;

	private final Role role;

	private final long organisationId;

	private final boolean enabled;

	private @Nullable String passwordHash;

	/**
	 * The person signing in to an account.
	 * @param account the account
	 */
	public CurrentUser(SignInAccount account) {
		this(account.id(), account.email(), account.name(), account.role(), account.organisationId(), account.enabled(),
				account.passwordHash());
	}

	CurrentUser(long accountId, String email, String name, Role role, long organisationId, boolean enabled,
			@Nullable String passwordHash) {
		this.accountId = accountId;
		this.email = email;
		this.name = name;
		this.role = role;
		this.organisationId = organisationId;
		this.enabled = enabled;
		this.passwordHash = passwordHash;
	}

	/**
	 * A signed-in person for tests and tools that act on someone's behalf without a
	 * password.
	 * @param accountId the account
	 * @param email its email
	 * @param name the person's name
	 * @param role their role
	 * @param organisationId their organisation
	 * @return the signed-in person
	 */
	public static CurrentUser of(long accountId, String email, String name, Role role, long organisationId) {
		return new CurrentUser(accountId, email, name, role, organisationId, true, null);
	}

	public long accountId() {
		return this.accountId;
	}

	public String email() {
		return this.email;
	}

	public String name() {
		return this.name;
	}

	public Role role() {
		return this.role;
	}

	public long organisationId() {
		return this.organisationId;
	}

	/**
	 * Refuses the use case to anyone not in the given role. Services call this for each
	 * use case that belongs to one role; the URL rules say the same, but do not stand
	 * alone.
	 * @param required the role the use case belongs to
	 * @throws AccessDeniedException if this person has another role
	 */
	public void requireRole(Role required) {
		if (this.role != required) {
			throw new AccessDeniedException("Only for " + required);
		}
	}

	/**
	 * This person as the author of a recorded change.
	 * @return the actor
	 */
	public Actor asActor() {
		return Actor.account(this.accountId, this.name);
	}

	@Override
	public Collection<? extends GrantedAuthority> getAuthorities() {
		return List.of(new SimpleGrantedAuthority("ROLE_" + this.role.name()));
	}

	@Override
	public @Nullable String getPassword() {
		return this.passwordHash;
	}

	@Override
	public String getUsername() {
		return this.email;
	}

	@Override
	public boolean isEnabled() {
		return this.enabled;
	}

	@Override
	public void eraseCredentials() {
		this.passwordHash = null;
	}

	@Override
	public boolean equals(@Nullable Object other) {
		return other instanceof CurrentUser that && this.accountId == that.accountId;
	}

	@Override
	public int hashCode() {
		return Long.hashCode(this.accountId);
	}

	@Override
	public String toString() {
		return "CurrentUser[accountId=" + this.accountId + ", role=" + this.role + "]";
	}

}
