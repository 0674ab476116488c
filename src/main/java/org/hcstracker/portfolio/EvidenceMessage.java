package org.hcstracker.portfolio;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import org.hcstracker.people.CurrentUser;
import org.hcstracker.people.Role;
import org.hcstracker.shared.BaseEntity;

/**
 * A message in the conversation on a piece of evidence, written by the apprentice or
 * their coach. Messages are only ever added; none is changed.
 */
@Entity
@Table(name = "evidence_messages")
class EvidenceMessage extends BaseEntity {

	@Column(name = "evidence_id", nullable = false, updatable = false)
	private long evidenceId;

	@Column(name = "author_account_id", nullable = false, updatable = false)
	private long authorAccountId;

	@Column(name = "author_name", nullable = false, length = 200, updatable = false)
	private String authorName;

	@Enumerated(EnumType.STRING)
	@Column(name = "author_role", nullable = false, length = 20, updatable = false)
	private Role authorRole;

	@Column(name = "body", nullable = false, length = MessageText.MAX_LENGTH, updatable = false)
	private String body;

	@Column(name = "sent_at", nullable = false, updatable = false)
	private Instant sentAt;

	protected EvidenceMessage() {
		this.authorName = "";
		this.authorRole = Role.APPRENTICE;
		this.body = "";
		this.sentAt = Instant.EPOCH;
	}

	EvidenceMessage(long evidenceId, CurrentUser author, MessageText text, Instant sentAt) {
		this.evidenceId = evidenceId;
		this.authorAccountId = author.accountId();
		this.authorName = author.name();
		this.authorRole = author.role();
		this.body = text.value();
		this.sentAt = sentAt;
	}

	PortfolioViews.ThreadEntry toEntry() {
		return PortfolioViews.ThreadEntry.message(this.authorName, this.authorRole, this.body, this.sentAt);
	}

}
