package org.hcstracker.notifications;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hcstracker.shared.BaseEntity;
import org.jspecify.annotations.Nullable;

/**
 * A one-time link emailed to a line manager: to sign one progress review, or to take the
 * gateway decision waiting for one apprentice. Bound to that one thing and that one
 * person, kept only as the hash of its token, usable once before it expires.
 */
@Entity
@Table(name = "sign_links")
class SignLink extends BaseEntity {

	@Column(name = "token_hash", nullable = false, length = 64, updatable = false)
	private String tokenHash;

	@Enumerated(EnumType.STRING)
	@Column(name = "subject", nullable = false, length = 20, updatable = false)
	private Subject subject;

	@Column(name = "review_id", updatable = false)
	private @Nullable Long reviewId;

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

	protected SignLink() {
		this.tokenHash = "";
		this.subject = Subject.REVIEW;
		this.createdAt = Instant.EPOCH;
		this.expiresAt = Instant.EPOCH;
	}

	private SignLink(String tokenHash, Subject subject, @Nullable Long reviewId, long apprenticeId, long accountId,
			Instant createdAt, Instant expiresAt) {
		this.tokenHash = tokenHash;
		this.subject = subject;
		this.reviewId = reviewId;
		this.apprenticeId = apprenticeId;
		this.accountId = accountId;
		this.createdAt = createdAt;
		this.expiresAt = expiresAt;
	}

	/**
	 * A link to sign one review.
	 * @param tokenHash the hash of its token
	 * @param reviewId the review
	 * @param apprenticeId whose review it is
	 * @param accountId the person it is sent to
	 * @param createdAt when
	 * @param expiresAt when it stops working
	 * @return the link
	 */
	static SignLink toSignReview(String tokenHash, long reviewId, long apprenticeId, long accountId, Instant createdAt,
			Instant expiresAt) {
		return new SignLink(tokenHash, Subject.REVIEW, reviewId, apprenticeId, accountId, createdAt, expiresAt);
	}

	/**
	 * A link to take the gateway decision waiting for one apprentice.
	 * @param tokenHash the hash of its token
	 * @param apprenticeId the apprentice
	 * @param accountId the line manager it is sent to
	 * @param createdAt when
	 * @param expiresAt when it stops working
	 * @return the link
	 */
	static SignLink toDecideGateway(String tokenHash, long apprenticeId, long accountId, Instant createdAt,
			Instant expiresAt) {
		return new SignLink(tokenHash, Subject.GATEWAY, null, apprenticeId, accountId, createdAt, expiresAt);
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

	Subject getSubject() {
		return this.subject;
	}

	/**
	 * The review a link to sign is for.
	 * @return the review
	 * @throws IllegalStateException for a link of another subject
	 */
	long getReviewId() {
		if (this.reviewId == null) {
			throw new IllegalStateException("Not a link to sign a review");
		}
		return this.reviewId;
	}

	long getApprenticeId() {
		return this.apprenticeId;
	}

	long getAccountId() {
		return this.accountId;
	}

	/**
	 * What a link is for.
	 */
	enum Subject {

		/** Signing one progress review. */
		REVIEW,

		/** Taking the gateway decision waiting for one apprentice. */
		GATEWAY

	}

}
