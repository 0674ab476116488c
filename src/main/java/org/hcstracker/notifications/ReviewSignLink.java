package org.hcstracker.notifications;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hcstracker.shared.BaseEntity;
import org.jspecify.annotations.Nullable;

/**
 * A one-time link to sign a progress review from an emailed request: bound to one review
 * and one person, kept only as the hash of its token, usable once before it expires.
 */
@Entity
@Table(name = "review_sign_links")
class ReviewSignLink extends BaseEntity {

	@Column(name = "token_hash", nullable = false, length = 64, updatable = false)
	private String tokenHash;

	@Column(name = "review_id", nullable = false, updatable = false)
	private long reviewId;

	@Column(name = "apprentice_id", nullable = false, updatable = false)
	private long apprenticeId;

	@Column(name = "account_id", nullable = false, updatable = false)
	private long accountId;

	@Column(name = "created_at", nullable = false, updatable = false)
	private Instant createdAt;

	@Column(name = "expires_at", nullable = false, updatable = false)
	private Instant expiresAt;

	@Column(name = "used_at")
	private @Nullable Instant usedAt;

	@Version
	@Column(name = "version", nullable = false)
	private long version;

	protected ReviewSignLink() {
		this.tokenHash = "";
		this.createdAt = Instant.EPOCH;
		this.expiresAt = Instant.EPOCH;
	}

	ReviewSignLink(String tokenHash, long reviewId, long apprenticeId, long accountId, Instant createdAt,
			Instant expiresAt) {
		this.tokenHash = tokenHash;
		this.reviewId = reviewId;
		this.apprenticeId = apprenticeId;
		this.accountId = accountId;
		this.createdAt = createdAt;
		this.expiresAt = expiresAt;
	}

	/**
	 * Where the link is at a given time.
	 * @param now the time
	 * @return usable, used or expired
	 */
	SignLinkState state(Instant now) {
		if (this.usedAt != null) {
			return SignLinkState.USED;
		}
		return now.isBefore(this.expiresAt) ? SignLinkState.USABLE : SignLinkState.EXPIRED;
	}

	/**
	 * Uses the link up.
	 * @param now the time
	 */
	void use(Instant now) {
		this.usedAt = now;
	}

	long getReviewId() {
		return this.reviewId;
	}

	long getApprenticeId() {
		return this.apprenticeId;
	}

	long getAccountId() {
		return this.accountId;
	}

}
