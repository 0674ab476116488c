package org.hcstracker.notifications;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hcstracker.shared.BaseEntity;
import org.jspecify.annotations.Nullable;

/**
 * One message to one person in the outbox: the facts it tells (rendered into a body only
 * when it is sent), when it is due, and how its delivery went. Its Message-ID is fixed
 * when it is written, so that every attempt sends the same message.
 */
@Entity
@Table(name = "notifications")
class Notification extends BaseEntity {

	/** The longest error kept from a failed attempt. */
	static final int ERROR_MAX_LENGTH = 500;

	@Enumerated(EnumType.STRING)
	@Column(name = "kind", nullable = false, length = 40, updatable = false)
	private NotificationKind kind;

	@Column(name = "recipient_id", nullable = false, updatable = false)
	private long recipientId;

	@Column(name = "recipient_email", nullable = false, length = 320, updatable = false)
	private String recipientEmail;

	@Column(name = "recipient_name", nullable = false, length = 200, updatable = false)
	private String recipientName;

	@Column(name = "apprentice_id", nullable = false, updatable = false)
	private long apprenticeId;

	@Column(name = "apprentice_name", nullable = false, length = 200, updatable = false)
	private String apprenticeName;

	@Column(name = "subject_id", nullable = false, updatable = false)
	private long subjectId;

	@Column(name = "detail", length = 500, updatable = false)
	private @Nullable String detail;

	@Column(name = "starts_at", updatable = false)
	private @Nullable Instant startsAt;

	@Column(name = "place", length = 500, updatable = false)
	private @Nullable String place;

	@Column(name = "online_link", length = 2000, updatable = false)
	private @Nullable String onlineLink;

	@Enumerated(EnumType.STRING)
	@Column(name = "status", nullable = false, length = 20)
	private NotificationStatus status;

	@Column(name = "due_at", nullable = false, updatable = false)
	private Instant dueAt;

	@Column(name = "next_attempt_at", nullable = false)
	private Instant nextAttemptAt;

	@Column(name = "attempts", nullable = false)
	private int attempts;

	@Column(name = "last_error", length = ERROR_MAX_LENGTH)
	private @Nullable String lastError;

	@Column(name = "message_id", nullable = false, length = 200, updatable = false)
	private String messageId;

	@Column(name = "created_at", nullable = false, updatable = false)
	private Instant createdAt;

	@Column(name = "sent_at")
	private @Nullable Instant sentAt;

	@Column(name = "ended_at")
	private @Nullable Instant endedAt;

	@Column(name = "read_at")
	private @Nullable Instant readAt;

	@Column(name = "digest_id")
	private @Nullable Long digestId;

	@Version
	@Column(name = "version", nullable = false)
	private long version;

	@SuppressWarnings("NullAway.Init")
	protected Notification() {
	}

	Notification(NotificationFacts facts, Instant dueAt, Instant now, String mailDomain) {
		this.kind = facts.kind();
		this.recipientId = facts.recipient().id();
		this.recipientEmail = facts.recipient().email();
		this.recipientName = facts.recipient().name();
		this.apprenticeId = facts.apprenticeId();
		this.apprenticeName = facts.apprenticeName();
		this.subjectId = facts.subjectId();
		this.detail = facts.detail();
		this.startsAt = facts.startsAt();
		this.place = facts.place();
		this.onlineLink = facts.onlineLink();
		this.status = NotificationStatus.WAITING;
		this.dueAt = dueAt;
		this.nextAttemptAt = dueAt;
		this.messageId = "<" + UUID.randomUUID() + "@" + mailDomain + ">";
		this.createdAt = now;
	}

	/**
	 * The mail server accepted the message.
	 * @param now when
	 */
	void sent(Instant now) {
		this.status = NotificationStatus.SENT;
		this.attempts++;
		this.sentAt = now;
		this.endedAt = now;
		this.lastError = null;
	}

	/**
	 * An attempt failed: it is tried again after a wait that doubles with each attempt,
	 * up to the longest wait, and given up after the last attempt.
	 * @param error what went wrong, for the administrator
	 * @param now when
	 * @param firstWait the wait after the first failure
	 * @param longestWait the longest wait
	 * @param maxAttempts the attempts after which it is given up
	 */
	void failed(String error, Instant now, Duration firstWait, Duration longestWait, int maxAttempts) {
		this.attempts++;
		this.lastError = (error.length() > ERROR_MAX_LENGTH) ? error.substring(0, ERROR_MAX_LENGTH) : error;
		if (this.attempts >= maxAttempts) {
			this.status = NotificationStatus.FAILED;
			this.endedAt = now;
			return;
		}
		Duration wait = firstWait.multipliedBy(1L << Math.min(this.attempts - 1, 20));
		this.nextAttemptAt = now.plus((wait.compareTo(longestWait) > 0) ? longestWait : wait);
	}

	/**
	 * Due, and held for the recipient's daily digest, as they chose; the day's digest
	 * gathers it.
	 */
	void holdForDigest() {
		if (this.status == NotificationStatus.WAITING) {
			this.status = NotificationStatus.HELD_FOR_DIGEST;
		}
	}

	/**
	 * Not to be emailed, as the recipient chose; it stays in their list in the app.
	 * @param now when
	 */
	void notEmailed(Instant now) {
		if (this.status == NotificationStatus.WAITING) {
			this.status = NotificationStatus.NOT_EMAILED;
			this.endedAt = now;
		}
	}

	/**
	 * Gathered into a daily digest, which is sent for it.
	 * @param digest the digest
	 */
	void gatheredInto(Notification digest) {
		if (this.status != NotificationStatus.HELD_FOR_DIGEST || this.digestId != null) {
			throw new IllegalStateException("Only a message held for the digest is gathered into one");
		}
		this.digestId = digest.requireId();
	}

	NotificationKind getKind() {
		return this.kind;
	}

	long getRecipientId() {
		return this.recipientId;
	}

	String getRecipientEmail() {
		return this.recipientEmail;
	}

	String getRecipientName() {
		return this.recipientName;
	}

	long getApprenticeId() {
		return this.apprenticeId;
	}

	String getApprenticeName() {
		return this.apprenticeName;
	}

	long getSubjectId() {
		return this.subjectId;
	}

	@Nullable String getDetail() {
		return this.detail;
	}

	@Nullable Instant getStartsAt() {
		return this.startsAt;
	}

	@Nullable String getPlace() {
		return this.place;
	}

	@Nullable String getOnlineLink() {
		return this.onlineLink;
	}

	NotificationStatus getStatus() {
		return this.status;
	}

	Instant getDueAt() {
		return this.dueAt;
	}

	Instant getNextAttemptAt() {
		return this.nextAttemptAt;
	}

	int getAttempts() {
		return this.attempts;
	}

	@Nullable String getLastError() {
		return this.lastError;
	}

	String getMessageId() {
		return this.messageId;
	}

	Instant getCreatedAt() {
		return this.createdAt;
	}

	@Nullable Instant getSentAt() {
		return this.sentAt;
	}

	@Nullable Instant getReadAt() {
		return this.readAt;
	}

	@Nullable Long getDigestId() {
		return this.digestId;
	}

}
