package org.hcstracker.progress;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import java.util.Objects;

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

	private final ApprenticeDirectory directory;

	private final Clock clock;

	private final SentForms forms;

	OffTheJobController(OffTheJobService service, OffTheJobPages pages, ApprenticeDirectory directory, Clock clock,
			SentForms forms) {
		this.forms = forms;
		this.service = service;
		this.pages = pages;
		this.directory = directory;
		this.clock = clock;
	}

	@GetMapping("/apprentices/{id}/off-the-job")
	String log(@PathVariable long id, @AuthenticationPrincipal CurrentUser viewer,
			@RequestParam(defaultValue = "0") int page, Model model) {
		if (!model.containsAttribute("form")) {
			model.addAttribute("form", new EntryForm(UkTime.today(this.clock), null, null, "", 0));
		}
		return page(id, viewer, page, model);
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
		return page(id, apprentice, 0, model);
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
			@AuthenticationPrincipal CurrentUser coach, RedirectAttributes redirect) {
		this.service.approve(id, entryId, version, coach);
		redirect.addFlashAttribute("flashMessage", "otj.approved.done");
		return "redirect:/apprentices/" + id + "/off-the-job";
	}

	@PostMapping("/apprentices/{id}/off-the-job/{entryId}/query")
	String query(@PathVariable long id, @PathVariable long entryId, @Valid @ModelAttribute("queryForm") QueryForm form,
			BindingResult result, @AuthenticationPrincipal CurrentUser coach, Model model,
			RedirectAttributes redirect) {
		if (!result.hasErrors()) {
			try {
				this.service.query(id, entryId, form.version(), form.checkedReason(), coach);
				redirect.addFlashAttribute("flashMessage", "otj.queried.done");
				return "redirect:/apprentices/" + id + "/off-the-job";
			}
			catch (OffTheJobRuleException ex) {
				ex.rejectOn(result, Map.of());
			}
		}
		model.addAttribute("queryEntryId", entryId);
		// The error summary at the top links to this entry's own query field.
		model.addAttribute("failedForm", "queryForm");
		model.addAttribute("failedSuffix", "-" + entryId);
		return page(id, coach, form.page(), model);
	}

	private String page(long id, CurrentUser viewer, int page, Model model) {
		model.addAttribute("log", this.pages.log(id, viewer, page));
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
	 * The coach's query of one entry, with the page of the log it was sent from.
	 */
	record QueryForm(@NotBlank(message = "{otj.reason.required}") @Size(max = OffTheJobEntry.TEXT_MAX_LENGTH,
			message = "{otj.reason.tooLong}") @Nullable String reason, long version, int page) {

		/**
		 * The reason, once the form's validation passed.
		 * @return the reason
		 */
		String checkedReason() {
			return Objects.requireNonNull(this.reason, "reason is checked by the form's validation");
		}

	}

}
