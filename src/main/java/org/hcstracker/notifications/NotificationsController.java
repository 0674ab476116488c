package org.hcstracker.notifications;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.hcstracker.people.CurrentUser;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Page;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Each person's notifications in the app and their settings: how they receive each kind
 * of message by email.
 */
@Controller
class NotificationsController {

	private final NotificationInbox inbox;

	private final NotificationSettings settings;

	NotificationsController(NotificationInbox inbox, NotificationSettings settings) {
		this.inbox = inbox;
		this.settings = settings;
	}

	@GetMapping("/notifications")
	String list(@RequestParam(defaultValue = "0") int page, @AuthenticationPrincipal CurrentUser person, Model model) {
		Page<NotificationRow> messages = this.inbox.open(page, person);
		if (page > 0 && page >= messages.getTotalPages()) {
			return "redirect:/notifications?page=" + Math.max(0, messages.getTotalPages() - 1);
		}
		model.addAttribute("messages", messages);
		model.addAttribute("pageLink", "/notifications");
		return "notifications/list";
	}

	@GetMapping("/notifications/settings")
	String settings(@AuthenticationPrincipal CurrentUser person, Model model) {
		List<NotificationSettings.Setting> current = this.settings.settings(person);
		if (!model.containsAttribute("form")) {
			Map<String, String> choices = new java.util.LinkedHashMap<>();
			current.stream()
				.filter((setting) -> !setting.required())
				.forEach((setting) -> choices.put(setting.kind().name(), setting.delivery().name()));
			model.addAttribute("form", new SettingsForm(choices));
		}
		model.addAttribute("settings", current);
		model.addAttribute("anyRequired", current.stream().anyMatch(NotificationSettings.Setting::required));
		model.addAttribute("deliveries", Delivery.values());
		return "notifications/settings";
	}

	@PostMapping("/notifications/settings")
	String choose(@ModelAttribute("form") SettingsForm form, BindingResult result,
			@AuthenticationPrincipal CurrentUser person, Model model, RedirectAttributes redirect) {
		Map<NotificationKind, Delivery> choices = form.read(person, result);
		if (!result.hasErrors()) {
			try {
				this.settings.choose(choices, person);
				redirect.addFlashAttribute("flashMessage", "notification.settings.saved");
				return "redirect:/notifications/settings";
			}
			catch (NotificationRuleException ex) {
				ex.rejectOn(result, Map.of());
			}
		}
		return settings(person, model);
	}

	/**
	 * The settings sent: a delivery's name for each kind, by the kind's name.
	 *
	 * @param choices the choices sent
	 */
	record SettingsForm(Map<String, String> choices) {

		SettingsForm(@Nullable Map<String, String> choices) {
			this.choices = (choices != null) ? new java.util.LinkedHashMap<>(choices) : new java.util.LinkedHashMap<>();
		}

		/**
		 * The choices as kinds and deliveries: a choosable kind of the person's left out,
		 * or a value that is no delivery, is an error of its field; any other kind sent
		 * (one the programme requires, or not the person's) is passed on for the rules to
		 * refuse.
		 * @param person the signed-in person
		 * @param result the form's errors
		 * @return the choices read
		 */
		Map<NotificationKind, Delivery> read(CurrentUser person, BindingResult result) {
			Map<String, String> sent = this.choices;
			Map<NotificationKind, Delivery> read = new EnumMap<>(NotificationKind.class);
			for (NotificationKind kind : NotificationSettings.kindsFor(person.role())) {
				if (!kind.required() && !sent.containsKey(kind.name())) {
					result.rejectValue("choices[" + kind.name() + "]", "notification.settings.choose");
				}
			}
			sent.forEach((name, value) -> {
				NotificationKind kind = parse(NotificationKind.class, name);
				Delivery delivery = parse(Delivery.class, value);
				if (kind == null) {
					result.reject("notification.settings.notYours");
				}
				else if (delivery == null) {
					result.rejectValue("choices[" + name + "]", "notification.settings.choose");
				}
				else {
					read.put(kind, delivery);
				}
			});
			return read;
		}

		private static <E extends Enum<E>> @Nullable E parse(Class<E> type, @Nullable String name) {
			for (E constant : type.getEnumConstants()) {
				if (constant.name().equals(name)) {
					return constant;
				}
			}
			return null;
		}

	}

	/** Tells every page how many notifications the signed-in person has not read. */
	@ControllerAdvice
	static class UnreadCount {

		private final NotificationInbox inbox;

		UnreadCount(NotificationInbox inbox) {
			this.inbox = inbox;
		}

		@ModelAttribute("notificationsLink")
		@Nullable Unread unread(@AuthenticationPrincipal @Nullable CurrentUser person) {
			return (person != null && NotificationSettings.hasNotifications(person)) ? new Unread(this.inbox, person)
					: null;
		}

	}

	/**
	 * The unread count of a page's header, read from the database only when the page's
	 * layout shows it (not for a redirect, nor a part of a page), once.
	 */
	public static final class Unread {

		private final NotificationInbox inbox;

		private final CurrentUser person;

		private @Nullable Long count;

		Unread(NotificationInbox inbox, CurrentUser person) {
			this.inbox = inbox;
			this.person = person;
		}

		/**
		 * How many notifications the person has not read.
		 * @return the count
		 */
		public long count() {
			Long known = this.count;
			if (known == null) {
				known = this.inbox.unread(this.person);
				this.count = known;
			}
			return known;
		}

	}

}
