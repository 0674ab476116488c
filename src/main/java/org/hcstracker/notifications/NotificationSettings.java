package org.hcstracker.notifications;

import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.hcstracker.people.CurrentUser;
import org.hcstracker.people.Role;
import org.hcstracker.shared.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * How each person receives each kind of message they may be sent: their own choice once
 * made, else the kind's default; a kind the programme requires is always emailed at once
 * and never chosen. The sender asks it before each message.
 */
@Service
class NotificationSettings {

	private final NotificationPreferenceRepository preferences;

	NotificationSettings(NotificationPreferenceRepository preferences) {
		this.preferences = preferences;
	}

	/**
	 * The kinds a person in the role may be sent, in the order they are declared.
	 * @param role the person's role
	 * @return the kinds, required ones included
	 */
	static List<NotificationKind> kindsFor(Role role) {
		return Arrays.stream(NotificationKind.values()).filter((kind) -> kind.receivedBy(role)).toList();
	}

	/**
	 * Whether the person may be sent any message, and so has notifications and settings;
	 * the administrator has none.
	 * @param person the signed-in person
	 * @return true if some kind may be sent to them
	 */
	static boolean hasNotifications(CurrentUser person) {
		return !kindsFor(person.role()).isEmpty();
	}

	/**
	 * The person's settings: each kind they may be sent, how they receive it, and whether
	 * it is required (shown, not chosen).
	 * @param person the signed-in person
	 * @return the settings, in the kinds' order
	 * @throws SettingsNotFoundException for a person who is sent nothing
	 */
	@Transactional(readOnly = true)
	public List<Setting> settings(CurrentUser person) {
		requireNotifications(person);
		Map<NotificationKind, Delivery> chosen = chosen(person.accountId());
		return kindsFor(person.role()).stream()
			.map((kind) -> new Setting(kind, effective(kind, chosen.get(kind)), kind.required()))
			.toList();
	}

	/**
	 * Records the person's choices for the kinds they may choose.
	 * @param choices how they receive each kind
	 * @param person the signed-in person
	 * @throws SettingsNotFoundException for a person who is sent nothing
	 * @throws NotificationRuleException if a kind is required or not one they may be sent
	 */
	@Transactional
	public void choose(Map<NotificationKind, Delivery> choices, CurrentUser person) {
		requireNotifications(person);
		for (NotificationKind kind : choices.keySet()) {
			if (kind.required()) {
				throw new NotificationRuleException("notification.settings.required");
			}
			if (!kind.receivedBy(person.role())) {
				throw new NotificationRuleException("notification.settings.notYours");
			}
		}
		Map<NotificationKind, NotificationPreference> saved = new EnumMap<>(NotificationKind.class);
		this.preferences.findByAccountId(person.accountId())
			.forEach((preference) -> saved.put(preference.getKind(), preference));
		choices.forEach((kind, delivery) -> {
			NotificationPreference preference = saved.get(kind);
			if (preference != null) {
				preference.choose(delivery);
			}
			else {
				this.preferences.save(new NotificationPreference(person.accountId(), kind, delivery));
			}
		});
	}

	/**
	 * How the person receives messages of a kind, for the sender.
	 * @param recipientId the person
	 * @param kind the kind
	 * @return how it is received: at once for a required kind
	 */
	@Transactional(readOnly = true)
	public Delivery deliveryOf(long recipientId, NotificationKind kind) {
		if (kind.required()) {
			return Delivery.IMMEDIATE;
		}
		return effective(kind,
				this.preferences.findByAccountIdAndKind(recipientId, kind)
					.map(NotificationPreference::getDelivery)
					.orElse(null));
	}

	private Map<NotificationKind, Delivery> chosen(long accountId) {
		Map<NotificationKind, Delivery> chosen = new EnumMap<>(NotificationKind.class);
		this.preferences.findByAccountId(accountId)
			.forEach((preference) -> chosen.put(preference.getKind(), preference.getDelivery()));
		return chosen;
	}

	private static Delivery effective(NotificationKind kind, @org.jspecify.annotations.Nullable Delivery chosen) {
		return (kind.required() || chosen == null) ? kind.byDefault() : chosen;
	}

	private static void requireNotifications(CurrentUser person) {
		if (!hasNotifications(person)) {
			throw new SettingsNotFoundException();
		}
	}

	/**
	 * One kind on the settings page.
	 *
	 * @param kind the kind
	 * @param delivery how the person receives it
	 * @param required whether the programme requires it, so that it is shown, not chosen
	 */
	@org.hcstracker.shared.ViewModel
	public record Setting(NotificationKind kind, Delivery delivery, boolean required) {
	}

	/** No notifications for this person (the administrator is sent none). */
	static final class SettingsNotFoundException extends NotFoundException {

		private static final long serialVersionUID = 1L;

		SettingsNotFoundException() {
			super("No notifications");
		}

	}

}
