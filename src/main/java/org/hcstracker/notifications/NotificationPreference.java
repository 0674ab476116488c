package org.hcstracker.notifications;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hcstracker.shared.BaseEntity;

/**
 * How one person chose to receive one kind of message. Kept only once chosen; a kind the
 * programme requires is never chosen.
 */
@Entity
@Table(name = "notification_preferences")
class NotificationPreference extends BaseEntity {

	@Column(name = "account_id", nullable = false, updatable = false)
	private long accountId;

	@Enumerated(EnumType.STRING)
	@Column(name = "kind", nullable = false, length = 40, updatable = false)
	private NotificationKind kind;

	@Enumerated(EnumType.STRING)
	@Column(name = "delivery", nullable = false, length = 20)
	private Delivery delivery;

	@Version
	@Column(name = "version", nullable = false)
	private long version;

	@SuppressWarnings("NullAway.Init")
	protected NotificationPreference() {
	}

	NotificationPreference(long accountId, NotificationKind kind, Delivery delivery) {
		requireChoosable(kind);
		this.accountId = accountId;
		this.kind = kind;
		this.delivery = delivery;
	}

	/**
	 * Changes how the kind is received.
	 * @param delivery the new choice
	 */
	void choose(Delivery delivery) {
		requireChoosable(this.kind);
		this.delivery = delivery;
	}

	private static void requireChoosable(NotificationKind kind) {
		if (kind.required()) {
			throw new IllegalArgumentException(kind + " is required by the programme and not chosen");
		}
	}

	long getAccountId() {
		return this.accountId;
	}

	NotificationKind getKind() {
		return this.kind;
	}

	Delivery getDelivery() {
		return this.delivery;
	}

}
