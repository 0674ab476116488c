package org.hcstracker.progress;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.hcstracker.people.CurrentUser;
import org.hcstracker.programme.ApprenticeDirectory;
import org.hcstracker.shared.RuleException;
import org.hcstracker.shared.SentForms;
import org.hcstracker.shared.UkTime;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The off-the-job training log page: everyone who may see the apprentice reads it; the
 * apprentice records and amends entries; their coach approves or queries them.
 */
@Controller
class OffTheJobController {

	private static final String VIEW = "progress/off-the-job";

	private final OffTheJobService service;

	private final OffTheJobPages pages;

	private final OffTheJobBulkApproval bulk;

	private final ApprenticeDirectory directory;

	private final Clock clock;

	private final SentForms forms;

	OffTheJobController(OffTheJobService service, OffTheJobPages pages, OffTheJobBulkApproval bulk,
			ApprenticeDirectory directory, Clock clock, SentForms forms) {
		this.bulk = bulk;
		this.forms = forms;
		this.service = service;
		this.pages = pages;
		this.directory = directory;
		this.clock = clock;
	}

	@GetMapping("/apprentices/{id}/off-the-job")
	String log(@PathVariable long id, @AuthenticationPrincipal CurrentUser viewer,
			@RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "false") boolean waiting,
			Model model) {
		if (!model.containsAttribute("form")) {
			model.addAttribute("form", new EntryForm(UkTime.today(this.clock), null, null, "", 0));
		}
		return page(id, viewer, page, waiting, model);
	}

	@PostMapping("/apprentices/{id}/off-the-job")
	String record(@PathVariable long id, @Valid @ModelAttribute("form") EntryForm form, BindingResult sent,
			@AuthenticationPrincipal CurrentUser apprentice, Model model, RedirectAttributes redirect) {
		BindingResult result = this.forms.complete(form, sent, model);
		RuleException.rejectAllOn(this.service.refusals(id, 0, form.toDraft(), apprentice), result, Map.of());
		if (!result.hasErrors()) {
			try {
				this.service.record(id, form.toDetails(), apprentice);
				redirect.addFlashAttribute("flashMessage", "otj.recorded");
				return "redirect:/apprentices/" + id + "/off-the-job";
			}
			catch (OffTheJobRuleException ex) {
				ex.rejectOn(result, Map.of());
			}
		}
		return page(id, apprentice, 0, false, model);
	}

	@GetMapping("/apprentices/{id}/off-the-job/{entryId}/edit")
	String editForm(@PathVariable long id, @PathVariable long entryId, @AuthenticationPrincipal CurrentUser apprentice,
			Model model) {
		OffTheJobEntryView entry = this.pages.entryToAmend(id, entryId, apprentice);
		if (!entry.status().isEditable()) {
			return "redirect:/apprentices/" + id + "/off-the-job";
		}
		model.addAttribute("form",
				new EntryForm(entry.activityDate(), entry.hours(), entry.activity(), entry.note(), entry.version()));
		model.addAttribute("queryReason", entry.queryReason());
		return edit(id, entryId, model);
	}

	@PostMapping("/apprentices/{id}/off-the-job/{entryId}/edit")
	String amend(@PathVariable long id, @PathVariable long entryId, @Valid @ModelAttribute("form") EntryForm form,
			BindingResult sent, @AuthenticationPrincipal CurrentUser apprentice, Model model,
			RedirectAttributes redirect) {
		BindingResult result = this.forms.complete(form, sent, model);
		RuleException.rejectAllOn(this.service.refusals(id, entryId, form.toDraft(), apprentice), result, Map.of());
		if (!result.hasErrors()) {
			try {
				this.service.amend(id, entryId, form.toDetails(), form.version(), apprentice);
				redirect.addFlashAttribute("flashMessage", "otj.amended");
				return "redirect:/apprentices/" + id + "/off-the-job";
			}
			catch (OffTheJobRuleException ex) {
				ex.rejectOn(result, Map.of());
			}
		}
		return edit(id, entryId, model);
	}

	@PostMapping("/apprentices/{id}/off-the-job/{entryId}/approve")
	String approve(@PathVariable long id, @PathVariable long entryId, @RequestParam long version,
			@RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "false") boolean waiting,
			@AuthenticationPrincipal CurrentUser coach, RedirectAttributes redirect) {
		this.service.approve(id, entryId, version, coach);
		redirect.addFlashAttribute("flashMessage", "otj.approved.done");
		return "redirect:" + address(id, page, waiting, waiting ? "entries-heading" : "entry-" + entryId);
	}

	/**
	 * The coach's approval of several entries: those chosen on the page, or all those
	 * waiting in a month; first a step that restates how many and how many hours (an
	 * approved entry cannot be changed), then the approval of all of them or none.
	 */
	@PostMapping("/apprentices/{id}/off-the-job/approve")
	String approveAll(@PathVariable long id, @ModelAttribute("bulkForm") BulkForm form, BindingResult result,
			@AuthenticationPrincipal CurrentUser coach, Model model, RedirectAttributes redirect) {
		Map<Long, Long> versions = form.versions(result);
		if (!result.hasErrors()) {
			try {
				if (form.isConfirmed()) {
					int approved = this.bulk.approveAll(id, versions, coach);
					redirect.addFlashAttribute("flashMessage", "otj.bulk.done");
					redirect.addFlashAttribute("flashArgument", approved);
					return "redirect:" + address(id, form.pageNumber(), form.filtered(), "entries-heading");
				}
				YearMonth month = form.month();
				List<OffTheJobEntryView> chosen = (month != null && versions.isEmpty())
						? this.bulk.waitingIn(id, month, coach) : this.bulk.chosen(id, versions.keySet(), coach);
				if (!chosen.isEmpty()) {
					return confirm(id, form, chosen, coach, model);
				}
				result.rejectValue("entries", (month != null) ? "otj.bulk.noneInMonth" : "otj.bulk.noneChosen");
			}
			catch (OffTheJobRuleException ex) {
				// Each entry refused, by name and with its reason, even several for one
				// reason.
				for (RuleException refusal : ex.all()) {
					result.reject(refusal.getMessageKey(), refusal.getArguments(), null);
				}
			}
		}
		model.addAttribute("failedForm", "bulkForm");
		return page(id, coach, form.pageNumber(), form.filtered(), model);
	}

	@PostMapping("/apprentices/{id}/off-the-job/{entryId}/query")
	String query(@PathVariable long id, @PathVariable long entryId, @Valid @ModelAttribute("queryForm") QueryForm form,
			BindingResult result, @AuthenticationPrincipal CurrentUser coach, Model model,
			RedirectAttributes redirect) {
		if (!result.hasErrors()) {
			try {
				this.service.query(id, entryId, form.version(), form.checkedReason(), coach);
				redirect.addFlashAttribute("flashMessage", "otj.queried.done");
				return "redirect:" + address(id, form.page(), form.filtered(),
						form.filtered() ? "entries-heading" : "entry-" + entryId);
			}
			catch (OffTheJobRuleException ex) {
				ex.rejectOn(result, Map.of());
			}
		}
		model.addAttribute("queryEntryId", entryId);
		// The error summary at the top links to this entry's own query field.
		model.addAttribute("failedForm", "queryForm");
		model.addAttribute("failedSuffix", "-" + entryId);
		return page(id, coach, form.page(), form.filtered(), model);
	}

	private String confirm(long id, BulkForm form, List<OffTheJobEntryView> chosen, CurrentUser coach, Model model) {
		model.addAttribute("apprenticeId", id);
		model.addAttribute("name", this.directory.profile(id, coach).name());
		model.addAttribute("chosen", chosen);
		model.addAttribute("total",
				chosen.stream().map(OffTheJobEntryView::hours).reduce(BigDecimal.ZERO, BigDecimal::add));
		model.addAttribute("bulkForm", form.confirming(chosen));
		return "progress/approve-entries";
	}

	/**
	 * The log's address as the coach left it: the page, the filter and where on the page.
	 */
	private static String address(long id, int page, boolean waiting, String anchor) {
		StringBuilder address = new StringBuilder("/apprentices/").append(id).append("/off-the-job");
		if (page > 0 || waiting) {
			address.append('?');
			if (page > 0) {
				address.append("page=").append(page).append(waiting ? "&" : "");
			}
			if (waiting) {
				address.append("waiting=true");
			}
		}
		return address.append('#').append(anchor).toString();
	}

	private String page(long id, CurrentUser viewer, int page, boolean waiting, Model model) {
		model.addAttribute("log", this.pages.log(id, viewer, page, waiting));
		if (!(model.getAttribute("bulkForm") instanceof BulkForm)) {
			model.addAttribute("bulkForm", new BulkForm(List.of(), null, false, page, waiting));
		}
		model.addAttribute("chosenIds",
				((BulkForm) Objects.requireNonNull(model.getAttribute("bulkForm"))).chosenIds());
		model.addAttribute("name", this.directory.profile(id, viewer).name());
		model.addAttribute("activities", OffTheJobActivity.values());
		model.addAttribute("textMaxLength", OffTheJobEntry.TEXT_MAX_LENGTH);
		return VIEW;
	}

	private String edit(long id, long entryId, Model model) {
		model.addAttribute("apprenticeId", id);
		model.addAttribute("entryId", entryId);
		model.addAttribute("activities", OffTheJobActivity.values());
		model.addAttribute("textMaxLength", OffTheJobEntry.TEXT_MAX_LENGTH);
		return "progress/edit-entry";
	}

	record EntryForm(@NotNull(message = "{otj.date.required}") @Nullable LocalDate date,
			@NotNull(message = "{otj.hours.required}") @Nullable BigDecimal hours,
			@NotNull(message = "{otj.activity.required}") @Nullable OffTheJobActivity activity, @Nullable String note,
			long version) {

		/**
		 * The entry as typed, once the form's validation passed.
		 * @return the details
		 */
		OffTheJobDetails toDetails() {
			return new OffTheJobDetails(checked(this.date, "date"), checked(this.hours, "hours"),
					checked(this.activity, "activity"), this.note);
		}

		private static <T> T checked(@Nullable T value, String field) {
			return Objects.requireNonNull(value, () -> field + " is checked by the form's validation");
		}

		OffTheJobDraft toDraft() {
			return new OffTheJobDraft(this.date, this.hours, this.note);
		}

	}

	/**
	 * The coach's query of one entry, with the page of the log it was sent from and its
	 * filter.
	 */
	record QueryForm(
			@NotBlank(message = "{otj.reason.required}") @Size(max = OffTheJobEntry.TEXT_MAX_LENGTH,
					message = "{otj.reason.tooLong}") @Nullable String reason,
			long version, int page, @Nullable Boolean waiting) {

		/**
		 * Whether the log listed only the entries waiting.
		 * @return true if filtered
		 */
		boolean filtered() {
			return Boolean.TRUE.equals(this.waiting);
		}

		/**
		 * The reason, once the form's validation passed.
		 * @return the reason
		 */
		String checkedReason() {
			return Objects.requireNonNull(this.reason, "reason is checked by the form's validation");
		}

	}

	/**
	 * The coach's approval of several entries, with the page of the log it was sent from
	 * and its filter.
	 *
	 * @param entries the entries chosen, each as its id and the version the coach saw
	 * ("12:3")
	 * @param month the month whose waiting entries to approve, when none are chosen
	 * @param confirmed whether the coach confirmed the approval
	 * @param page the page of the log
	 * @param waiting whether the log listed only the entries waiting
	 */
	record BulkForm(@Nullable List<String> entries, @Nullable YearMonth month, @Nullable Boolean confirmed,
			@Nullable Integer page, @Nullable Boolean waiting) {

		boolean isConfirmed() {
			return Boolean.TRUE.equals(this.confirmed);
		}

		int pageNumber() {
			return (this.page != null) ? this.page : 0;
		}

		boolean filtered() {
			return Boolean.TRUE.equals(this.waiting);
		}

		/**
		 * The version the coach saw of each entry chosen, by its id; a malformed choice
		 * is an error of the form.
		 * @param result the form's errors
		 * @return the versions, in the order chosen
		 */
		Map<Long, Long> versions(BindingResult result) {
			Map<Long, Long> versions = new LinkedHashMap<>();
			for (String entry : (this.entries != null) ? this.entries : List.<String>of()) {
				String[] parts = entry.split(":", 2);
				try {
					versions.put(Long.parseLong(parts[0].strip()), Long.parseLong(parts[(parts.length > 1) ? 1 : 0]));
				}
				catch (NumberFormatException ex) {
					result.rejectValue("entries", "otj.bulk.noneChosen");
					return Map.of();
				}
				if (parts.length < 2) {
					result.rejectValue("entries", "otj.bulk.noneChosen");
					return Map.of();
				}
			}
			return versions;
		}

		/**
		 * The ids of the entries chosen, to keep the choice after a refusal.
		 * @return the ids, those malformed left out
		 */
		Set<Long> chosenIds() {
			Set<Long> ids = new HashSet<>();
			for (String entry : (this.entries != null) ? this.entries : List.<String>of()) {
				try {
					ids.add(Long.parseLong(entry.split(":", 2)[0].strip()));
				}
				catch (NumberFormatException ex) {
					// Not a choice the page offered: nothing to keep.
				}
			}
			return ids;
		}

		/**
		 * The form of the confirmation step: the entries to approve with the versions the
		 * coach saw (those of the month as they are now).
		 * @param chosen the entries, as they are now
		 * @return the form to confirm
		 */
		BulkForm confirming(List<OffTheJobEntryView> chosen) {
			List<String> seen = (this.entries != null && !this.entries.isEmpty()) ? this.entries
					: chosen.stream().map((entry) -> entry.id() + ":" + entry.version()).toList();
			return new BulkForm(seen, this.month, true, this.page, this.waiting);
		}

	}

}
