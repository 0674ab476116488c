package org.hcstracker.home;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.hcstracker.audit.AuditEventView;
import org.hcstracker.audit.AuditQuery;
import org.hcstracker.audit.AuditService;
import org.hcstracker.people.AccountService;
import org.hcstracker.people.CurrentUser;
import org.hcstracker.programme.ApprenticeLists;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The audit trail for the administrator, newest first and in words, filtered by
 * apprentice (part of a name, or a learner number), by the person who acted (part of a
 * name or email address) and by dates.
 */
@Controller
class AdminAuditController {

	static final int PAGE_SIZE = 50;

	/** The most apprentices or people one filter may stand for. */
	static final int MOST_MATCHES = 200;

	private final AuditService audit;

	private final ApprenticeLists apprentices;

	private final AccountService accounts;

	private final AuditTrail trail;

	AdminAuditController(AuditService audit, ApprenticeLists apprentices, AccountService accounts, AuditTrail trail) {
		this.audit = audit;
		this.apprentices = apprentices;
		this.accounts = accounts;
		this.trail = trail;
	}

	@GetMapping("/admin/audit")
	String trail(@AuthenticationPrincipal CurrentUser admin,
			@RequestParam(required = false) @Nullable String apprentice,
			@RequestParam(required = false) @Nullable String person,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate to,
			@RequestParam(defaultValue = "0") int page, Locale locale, Model model) {
		String apprenticeFilter = filled(apprentice);
		String personFilter = filled(person);
		List<Long> apprenticeIds = (apprenticeFilter != null)
				? this.apprentices.idsMatching(apprenticeFilter, MOST_MATCHES + 1, admin) : null;
		List<Long> personIds = (personFilter != null) ? this.accounts.idsMatching(personFilter, MOST_MATCHES + 1, admin)
				: null;
		boolean unknown = (apprenticeIds != null && apprenticeIds.isEmpty())
				|| (personIds != null && personIds.isEmpty());
		boolean tooMany = (apprenticeIds != null && apprenticeIds.size() > MOST_MATCHES)
				|| (personIds != null && personIds.size() > MOST_MATCHES);
		Page<AuditEventView> events = (unknown || tooMany) ? Page.empty(PageRequest.of(0, PAGE_SIZE))
				: this.audit.find(new AuditQuery(apprenticeIds, personIds, from, to), Math.max(0, page), PAGE_SIZE);
		model.addAttribute("events", this.trail.inWords(events, admin, locale));
		model.addAttribute("unknown", unknown);
		model.addAttribute("tooMany", tooMany);
		model.addAttribute("apprentice", (apprentice != null) ? apprentice : "");
		model.addAttribute("person", (person != null) ? person : "");
		model.addAttribute("from", from);
		model.addAttribute("to", to);
		model.addAttribute("pageLink",
				UriComponentsBuilder.fromPath("/admin/audit")
					.queryParamIfPresent("apprentice", Optional.ofNullable(apprenticeFilter))
					.queryParamIfPresent("person", Optional.ofNullable(personFilter))
					.queryParamIfPresent("from", Optional.ofNullable(from))
					.queryParamIfPresent("to", Optional.ofNullable(to))
					.encode()
					.build()
					.toUriString());
		return "home/audit";
	}

	/**
	 * The filter as typed, or null if it was left out or blank.
	 */
	private static @Nullable String filled(@Nullable String value) {
		return (value == null || value.isBlank()) ? null : value;
	}

}
