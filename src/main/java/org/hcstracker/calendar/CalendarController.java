package org.hcstracker.calendar;

import java.time.Duration;
import java.util.Locale;

import org.hcstracker.people.AccountService;
import org.hcstracker.people.AccountView;
import org.hcstracker.people.CurrentUser;
import org.hcstracker.progress.ScheduledReview;
import org.springframework.context.MessageSource;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * The calendar page, where a person creates, replaces or revokes their secret address,
 * and the address itself, which a calendar reads without signing in.
 */
@Controller
class CalendarController {

	private static final Duration REVIEW_LENGTH = Duration.ofHours(1);

	private final CalendarFeeds feeds;

	private final CalendarEntries entries;

	private final AccountService accounts;

	private final MessageSource messages;

	CalendarController(CalendarFeeds feeds, CalendarEntries entries, AccountService accounts, MessageSource messages) {
		this.feeds = feeds;
		this.entries = entries;
		this.accounts = accounts;
		this.messages = messages;
	}

	@GetMapping("/calendar")
	String page(@AuthenticationPrincipal CurrentUser person, Model model) {
		model.addAttribute("createdAt", this.feeds.createdAt(person).orElse(null));
		model.addAttribute("entries", this.entries.of(person).size());
		return "calendar/calendar";
	}

	@PostMapping("/calendar/address")
	String create(@AuthenticationPrincipal CurrentUser person, RedirectAttributes redirect) {
		String token = this.feeds.create(person);
		redirect.addFlashAttribute("address",
				ServletUriComponentsBuilder.fromCurrentContextPath().path("/calendar/feed/{token}.ics").build(token));
		redirect.addFlashAttribute("flashMessage", "calendar.created");
		return "redirect:/calendar";
	}

	@PostMapping("/calendar/revoke")
	String revoke(@AuthenticationPrincipal CurrentUser person, RedirectAttributes redirect) {
		this.feeds.revoke(person);
		redirect.addFlashAttribute("flashMessage", "calendar.revoked");
		return "redirect:/calendar";
	}

	@GetMapping("/calendar/feed/{token}.ics")
	ResponseEntity<String> feed(@PathVariable String token) {
		AccountView account = this.feeds.owner(token)
			.map(this.accounts::find)
			.filter(AccountView::enabled)
			.orElseThrow(CalendarFeedNotFoundException::new);
		CurrentUser person = CurrentUser.of(account.id(), account.email(), account.name(), account.role(),
				account.organisationId());
		Locale locale = Locale.UK;
		IcsCalendar calendar = new IcsCalendar(this.messages.getMessage("calendar.name", null, locale));
		String base = ServletUriComponentsBuilder.fromCurrentContextPath().build().toUriString();
		for (CalendarEntries.Entry entry : this.entries.of(person)) {
			ScheduledReview review = entry.review();
			String description = (review.onlineLink() != null)
					? this.messages.getMessage("calendar.review.online", new Object[] { review.onlineLink() }, locale)
					: null;
			calendar.event("review-" + review.id() + "@hcs-tracker", review.date(),
					(review.time() != null) ? IcsCalendar.at(review.date(), review.time()) : null, REVIEW_LENGTH,
					this.messages.getMessage("calendar.review.summary", new Object[] { entry.apprenticeName() },
							locale),
					review.place(), description,
					base + "/apprentices/" + review.apprenticeId() + "/reviews/" + review.id());
		}
		return ResponseEntity.ok()
			.contentType(new MediaType("text", "calendar", java.nio.charset.StandardCharsets.UTF_8))
			.cacheControl(CacheControl.noStore())
			.body(calendar.text());
	}

}
