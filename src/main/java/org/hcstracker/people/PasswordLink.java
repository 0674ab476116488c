package org.hcstracker.people;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.hcstracker.shared.BaseEntity;
import org.jspecify.annotations.Nullable;

/**
 * A one-time link to set a password, known here only by the hash of its token. It can be
 * used once, before it expires, and only while it is the account's newest link.
 */
@Entity
@Table(name = "password_links")
class PasswordLink extends BaseEntity {

	@Column(name = "account_id", nullable = false, updatable = false)
	private long accountId;

	@Column(name = "token_hash", nullable = false, length = 64, updatable = false)
	private String tokenHash;

	@Column(name = "created_at", nullable = false, updatable = false)
	private Instant createdAt;

	@Column(name = "expires_at", nullable = false, updatable = false)
	private Instant expiresAt;

	@Column(name = "ended_at")
	private @Nullable Instant endedAt;

	protected PasswordLink() {
		this.tokenHash = "";
		this.createdAt = Instant.EPOCH;
		this.expiresAt = Instant.EPOCH;
	}

	PasswordLink(long accountId, String tokenHash, Instant createdAt, Instant expiresAt) {
		this.accountId = accountId;
		this.tokenHash = tokenHash;
		this.createdAt = createdAt;
		this.expiresAt = expiresAt;
	}

	boolean isUsable(Instant now) {
		return this.endedAt == null && now.isBefore(this.expiresAt);
	}

	/**
	 * Ends the link: it has been used, or a newer one replaces it.
	 * @param now the time
	 */
	void end(Instant now) {
		if (this.endedAt == null) {
			this.endedAt = now;
		}
	}

	long getAccountId() {
		return this.accountId;
	}

	Instant getExpiresAt() {
		return this.expiresAt;
	}

}
