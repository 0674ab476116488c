package org.hcstracker.home;

import java.time.LocalDate;
import java.util.Optional;

import org.hcstracker.audit.AuditEventView;
import org.hcstracker.audit.AuditQuery;
import org.hcstracker.audit.AuditService;
import org.hcstracker.people.AccountService;
import org.hcstracker.people.AccountView;
import org.hcstracker.people.CurrentUser;
import org.hcstracker.programme.ApprenticeDirectory;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The audit trail for the administrator, newest first, filtered by apprentice (learner
 * number), person (email address) and dates.
 */
@Controller
class AdminAuditController {

	static final int PAGE_SIZE = 50;

	private final AuditService audit;

	private final ApprenticeDirectory apprentices;

	private final AccountService accounts;

	AdminAuditController(AuditService audit, ApprenticeDirectory apprentices, AccountService accounts) {
		this.audit = audit;
		this.apprentices = apprentices;
		this.accounts = accounts;
	}

	@GetMapping("/admin/audit")
	String trail(@AuthenticationPrincipal CurrentUser admin, @RequestParam(required = false) @Nullable String uln,
			@RequestParam(required = false) @Nullable String email,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate to,
			@RequestParam(defaultValue = "0") int page, Model model) {
		Optional<Long> apprenticeId = isBlank(uln) ? Optional.empty() : this.apprentices.findIdByUln(uln, admin);
		Optional<Long> personId = isBlank(email) ? Optional.empty()
				: this.accounts.findByEmail(email).map(AccountView::id);
		boolean unknown = (!isBlank(uln) && apprenticeId.isEmpty()) || (!isBlank(email) && personId.isEmpty());
		Page<AuditEventView> events = unknown ? new PageImpl<>(java.util.List.of(), PageRequest.of(0, PAGE_SIZE), 0)
				: this.audit.find(new AuditQuery(apprenticeId.orElse(null), personId.orElse(null), from, to),
						Math.max(0, page), PAGE_SIZE);
		model.addAttribute("events", events);
		model.addAttribute("unknown", unknown);
		model.addAttribute("uln", (uln != null) ? uln : "");
		model.addAttribute("email", (email != null) ? email : "");
		model.addAttribute("from", from);
		model.addAttribute("to", to);
		model.addAttribute("pageLink",
				UriComponentsBuilder.fromPath("/admin/audit")
					.queryParamIfPresent("uln", Optional.ofNullable(isBlank(uln) ? null : uln))
					.queryParamIfPresent("email", Optional.ofNullable(isBlank(email) ? null : email))
					.queryParamIfPresent("from", Optional.ofNullable(from))
					.queryParamIfPresent("to", Optional.ofNullable(to))
					.encode()
					.build()
					.toUriString());
		return "home/audit";
	}

	private static boolean isBlank(@Nullable String value) {
		return value == null || value.isBlank();
	}

}
