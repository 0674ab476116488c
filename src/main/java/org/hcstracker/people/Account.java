package org.hcstracker.people;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hcstracker.shared.BaseEntity;
import org.jspecify.annotations.Nullable;

/**
 * Someone who signs in: one role, in one organisation of the kind that role belongs to. A
 * new account has no password until the person sets one.
 */
@Entity
@Table(name = "accounts")
class Account extends BaseEntity {

	static final int NAME_MAX_LENGTH = 200;

	@Column(nullable = false, length = EmailAddress.MAX_LENGTH)
	private String email;

	@Column(nullable = false, length = NAME_MAX_LENGTH)
	private String name;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 20)
	private Role role;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "organisation_id", nullable = false)
	private Organisation organisation;

	@Column(nullable = false)
	private boolean enabled;

	@Column(name = "password_hash", length = 500)
	private @Nullable String passwordHash;

	@Column(name = "created_at", nullable = false)
	private Instant createdAt;

	@Version
	private long version;

	protected Account() {
		this.email = "";
		this.name = "";
		this.role = Role.APPRENTICE;
		this.createdAt = Instant.EPOCH;
	}

	Account(EmailAddress email, String name, Role role, Organisation organisation, Instant createdAt) {
		if (organisation.getType() != role.organisationType()) {
			throw new PeopleRuleException("account.organisation.wrongType");
		}
		this.email = email.value();
		this.name = checkedName(name);
		this.role = role;
		this.organisation = organisation;
		this.enabled = true;
		this.createdAt = createdAt;
	}

	private static String checkedName(String name) {
		String trimmed = name.strip();
		if (trimmed.isEmpty() || trimmed.length() > NAME_MAX_LENGTH) {
			throw new IllegalArgumentException("A person's name has 1 to 200 characters");
		}
		return trimmed;
	}

	void rename(String newName) {
		this.name = checkedName(newName);
	}

	void enable() {
		this.enabled = true;
	}

	void disable() {
		this.enabled = false;
	}

	void changePasswordHash(String hash) {
		this.passwordHash = hash;
	}

	String getEmail() {
		return this.email;
	}

	String getName() {
		return this.name;
	}

	Role getRole() {
		return this.role;
	}

	Organisation getOrganisation() {
		return this.organisation;
	}

	boolean isEnabled() {
		return this.enabled;
	}

	@Nullable String getPasswordHash() {
		return this.passwordHash;
	}

}
