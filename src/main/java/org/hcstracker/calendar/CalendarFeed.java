package org.hcstracker.calendar;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.hcstracker.shared.BaseEntity;

/**
 * A person's calendar address, kept only as the hash of its secret token.
 */
@Entity
@Table(name = "calendar_feeds")
class CalendarFeed extends BaseEntity {

	@Column(name = "account_id", nullable = false, updatable = false)
	private long accountId;

	@Column(name = "token_hash", nullable = false, updatable = false, length = 64)
	private String tokenHash;

	@Column(name = "created_at", nullable = false, updatable = false)
	private Instant createdAt;

	protected CalendarFeed() {
		this.tokenHash = "";
		this.createdAt = Instant.EPOCH;
	}

	CalendarFeed(long accountId, String tokenHash, Instant createdAt) {
		this.accountId = accountId;
		this.tokenHash = tokenHash;
		this.createdAt = createdAt;
	}

	long getAccountId() {
		return this.accountId;
	}

	Instant getCreatedAt() {
		return this.createdAt;
	}

}
