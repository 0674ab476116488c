package org.hcstracker.progress;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import org.hcstracker.people.CurrentUser;
import org.hcstracker.programme.ApprenticeDirectory;
import org.hcstracker.shared.RuleException;
import org.hcstracker.shared.SentForms;
import org.hcstracker.shared.UkTime;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Progress review pages: everyone who may see the apprentice reads the reviews; their
 * coach schedules, records and (until the first signature) edits them; the apprentice and
 * their line manager sign.
 */
@Controller
class ProgressReviewController {

	private static final int BLANK_ACTION_ROWS = 3;

	private final ProgressReviewService service;

	private final ProgressReviewScheduling scheduling;

	private final ProgressReviewPages pages;

	private final ApprenticeDirectory directory;

	private final Clock clock;

	private final SentForms forms;

	ProgressReviewController(ProgressReviewService service, ProgressReviewScheduling scheduling,
			ProgressReviewPages pages, ApprenticeDirectory directory, Clock clock, SentForms forms) {
		this.scheduling = scheduling;
		this.forms = forms;
		this.service = service;
		this.pages = pages;
		this.directory = directory;
		this.clock = clock;
	}

	@GetMapping("/apprentices/{id}/reviews")
	String reviews(@PathVariable long id, @AuthenticationPrincipal CurrentUser viewer, Model model) {
		model.addAttribute("scheduleForm", new ScheduleForm(null, null, "", ""));
		return reviewsPage(id, viewer, model);
	}

	@PostMapping("/apprentices/{id}/reviews/schedule")
	String schedule(@PathVariable long id, @Valid @ModelAttribute("scheduleForm") ScheduleForm form, BindingResult sent,
			@AuthenticationPrincipal CurrentUser coach, Model model, RedirectAttributes redirect) {
		BindingResult result = this.forms.complete(form, sent, model);
		RuleException.rejectAllOn(ReviewVenue.refusals(form.place(), form.onlineLink()), result, Map.of());
		if (!result.hasErrors()) {
			try {
				this.scheduling.schedule(id, form.checkedDate(), form.checkedTime(),
						ReviewVenue.of(form.place(), form.onlineLink()), coach);
				redirect.addFlashAttribute("flashMessage", "progressReview.scheduled.done");
				return "redirect:/apprentices/" + id + "/reviews";
			}
			catch (ReviewRuleException ex) {
				ex.rejectOn(result, Map.of());
			}
		}
		return reviewsPage(id, coach, model);
	}

	@GetMapping("/apprentices/{id}/reviews/{reviewId}")
	String review(@PathVariable long id, @PathVariable long reviewId, @AuthenticationPrincipal CurrentUser viewer,
			Model model) {
		ReviewDetail detail = this.pages.review(id, reviewId, viewer);
		ReviewView review = detail.review();
		model.addAttribute("rescheduleForm", new RescheduleForm(review.scheduledFor(), review.version()));
		model.addAttribute("signForm", new SignForm(review.version()));
		model.addAttribute("cancelForm", new CancelForm("", review.version()));
		return reviewPage(id, detail, viewer, model);
	}

	@PostMapping("/apprentices/{id}/reviews/{reviewId}/cancel")
	String cancel(@PathVariable long id, @PathVariable long reviewId, @ModelAttribute("cancelForm") CancelForm form,
			BindingResult result, @AuthenticationPrincipal CurrentUser coach, Model model,
			RedirectAttributes redirect) {
		if (!result.hasErrors()) {
			try {
				this.scheduling.cancel(id, reviewId, form.reason(), form.version(), coach);
				redirect.addFlashAttribute("flashMessage", "progressReview.cancelled.done");
				return "redirect:/apprentices/" + id + "/reviews/" + reviewId;
			}
			catch (ReviewRuleException ex) {
				ex.rejectOn(result, Map.of());
			}
		}
		ReviewDetail detail = this.pages.review(id, reviewId, coach);
		model.addAttribute("signForm", new SignForm(detail.review().version()));
		model.addAttribute("rescheduleForm",
				new RescheduleForm(detail.review().scheduledFor(), detail.review().version()));
		return reviewPage(id, detail, coach, model);
	}

	@PostMapping("/apprentices/{id}/reviews/{reviewId}/reschedule")
	String reschedule(@PathVariable long id, @PathVariable long reviewId,
			@Valid @ModelAttribute("rescheduleForm") RescheduleForm form, BindingResult sent,
			@AuthenticationPrincipal CurrentUser coach, Model model, RedirectAttributes redirect) {
		BindingResult result = this.forms.complete(form, sent, model);
		if (!result.hasErrors()) {
			try {
				this.scheduling.reschedule(id, reviewId, form.checkedDate(), form.version(), coach);
				redirect.addFlashAttribute("flashMessage", "progressReview.rescheduled.done");
				return "redirect:/apprentices/" + id + "/reviews/" + reviewId;
			}
			catch (ReviewRuleException ex) {
				ex.rejectOn(result, Map.of());
			}
		}
		ReviewDetail detail = this.pages.review(id, reviewId, coach);
		model.addAttribute("signForm", new SignForm(detail.review().version()));
		model.addAttribute("cancelForm", new CancelForm("", detail.review().version()));
		return reviewPage(id, detail, coach, model);
	}

	@PostMapping("/apprentices/{id}/reviews/{reviewId}/sign")
	String sign(@PathVariable long id, @PathVariable long reviewId, @ModelAttribute("signForm") SignForm form,
			BindingResult result, @AuthenticationPrincipal CurrentUser signer, Model model,
			RedirectAttributes redirect) {
		if (!result.hasErrors()) {
			try {
				this.service.sign(id, reviewId, form.version(), signer);
				redirect.addFlashAttribute("flashMessage", "progressReview.signed.done");
				return "redirect:/apprentices/" + id + "/reviews/" + reviewId;
			}
			catch (ReviewRuleException ex) {
				ex.rejectOn(result, Map.of());
			}
		}
		ReviewDetail detail = this.pages.review(id, reviewId, signer);
		model.addAttribute("signRefused", true);
		model.addAttribute("rescheduleForm",
				new RescheduleForm(detail.review().scheduledFor(), detail.review().version()));
		model.addAttribute("cancelForm", new CancelForm("", detail.review().version()));
		return reviewPage(id, detail, signer, model);
	}

	private String reviewsPage(long id, CurrentUser viewer, Model model) {
		model.addAttribute("page", this.pages.reviews(id, viewer));
		model.addAttribute("name", this.directory.profile(id, viewer).name());
		return "progress/reviews";
	}

	private String reviewPage(long id, ReviewDetail detail, CurrentUser viewer, Model model) {
		model.addAttribute("detail", detail);
		model.addAttribute("apprenticeId", id);
		model.addAttribute("name", this.directory.profile(id, viewer).name());
		return "progress/review";
	}

	@GetMapping("/apprentices/{id}/reviews/new")
	String newForm(@PathVariable long id, @AuthenticationPrincipal CurrentUser coach, Model model) {
		this.service.checkMayRecord(id, coach);
		model.addAttribute("form",
				new ReviewForm(UkTime.today(this.clock), "", null, "", withBlankRows(List.of()), 0, null));
		return form(id, null, coach, model);
	}

	@PostMapping("/apprentices/{id}/reviews/new")
	String recordNew(@PathVariable long id, @Valid @ModelAttribute("form") ReviewForm form, BindingResult sent,
			@AuthenticationPrincipal CurrentUser coach, Model model, RedirectAttributes redirect) {
		BindingResult result = this.forms.complete(form, sent, model);
		ReviewDraft draft = form.toDraft(result);
		RuleException.rejectAllOn(this.service.refusals(id, draft, coach), result, Map.of());
		List<ReviewView> open = openScheduled(id, coach);
		if (open.size() > 1 && open.stream().noneMatch((review) -> Long.valueOf(review.id()).equals(form.replaces()))) {
			result.rejectValue("replaces", "progressReview.replaces.required");
		}
		if (!result.hasErrors()) {
			try {
				long reviewId = this.service.record(id, draft.toContent(), form.replaces(), coach);
				redirect.addFlashAttribute("flashMessage", "progressReview.recorded.done");
				return "redirect:/apprentices/" + id + "/reviews/" + reviewId;
			}
			catch (ReviewRuleException ex) {
				ex.rejectOn(result, Map.of());
			}
		}
		keepWhatWasSent(form, result, model);
		return form(id, null, coach, model);
	}

	@GetMapping("/apprentices/{id}/reviews/{reviewId}/edit")
	String editForm(@PathVariable long id, @PathVariable long reviewId, @AuthenticationPrincipal CurrentUser coach,
			Model model) {
		this.service.checkMayRecord(id, coach);
		ReviewView review = this.pages.review(id, reviewId, coach).review();
		if (!review.isEditable()) {
			return "redirect:/apprentices/" + id + "/reviews/" + reviewId;
		}
		List<ActionForm> actions = review.actions()
			.stream()
			.map((action) -> new ActionForm(action.description(), action.targetDate()))
			.toList();
		model.addAttribute("form",
				new ReviewForm((review.heldOn() != null) ? review.heldOn() : UkTime.today(this.clock),
						(review.summary() != null) ? review.summary() : "", review.rag(),
						(review.ragReason() != null) ? review.ragReason() : "", withBlankRows(actions),
						review.version(), null));
		return form(id, review, coach, model);
	}

	@PostMapping("/apprentices/{id}/reviews/{reviewId}/edit")
	String record(@PathVariable long id, @PathVariable long reviewId, @Valid @ModelAttribute("form") ReviewForm form,
			BindingResult sent, @AuthenticationPrincipal CurrentUser coach, Model model, RedirectAttributes redirect) {
		BindingResult result = this.forms.complete(form, sent, model);
		ReviewDraft draft = form.toDraft(result);
		RuleException.rejectAllOn(this.service.refusals(id, draft, coach), result, Map.of());
		if (!result.hasErrors()) {
			try {
				this.service.record(id, reviewId, draft.toContent(), form.version(), coach);
				redirect.addFlashAttribute("flashMessage", "progressReview.recorded.done");
				return "redirect:/apprentices/" + id + "/reviews/" + reviewId;
			}
			catch (ReviewRuleException ex) {
				ex.rejectOn(result, Map.of());
			}
		}
		keepWhatWasSent(form, result, model);
		return form(id, this.pages.review(id, reviewId, coach).review(), coach, model);
	}

	/**
	 * When a value sent could not be read (a date typed as 31/07/2026), the binding keeps
	 * no form, and the page could not list the rows of actions: the form as read, the
	 * unreadable values left empty, goes back to the page with every error, each field in
	 * error showing what was typed.
	 */
	private static void keepWhatWasSent(ReviewForm form, BindingResult result, Model model) {
		if (result.getTarget() == null) {
			BeanPropertyBindingResult kept = new BeanPropertyBindingResult(form, result.getObjectName());
			kept.addAllErrors(result);
			model.addAttribute(result.getObjectName(), form);
			model.addAttribute(BindingResult.MODEL_KEY_PREFIX + result.getObjectName(), kept);
		}
	}

	private String form(long id, @Nullable ReviewView review, CurrentUser viewer, Model model) {
		model.addAttribute("openScheduled", (review == null) ? openScheduled(id, viewer) : List.of());
		model.addAttribute("apprenticeId", id);
		model.addAttribute("review", review);
		model.addAttribute("name", this.directory.profile(id, viewer).name());
		model.addAttribute("rags", ReviewRag.values());
		model.addAttribute("summaryMaxLength", ProgressReview.SUMMARY_MAX_LENGTH);
		model.addAttribute("reasonMaxLength", ProgressReview.REASON_MAX_LENGTH);
		model.addAttribute("actionMaxLength", AgreedAction.MAX_LENGTH);
		return "progress/review-form";
	}

	private List<ReviewView> openScheduled(long id, CurrentUser coach) {
		try {
			return this.scheduling.openScheduled(id, coach);
		}
		catch (ReviewRuleException ex) {
			return List.of();
		}
	}

	private static List<ActionForm> withBlankRows(List<ActionForm> actions) {
		List<ActionForm> rows = new ArrayList<>(actions);
		while (rows.size() < Math.min(ProgressReview.MAX_ACTIONS, actions.size() + BLANK_ACTION_ROWS)) {
			rows.add(new ActionForm("", null));
		}
		return rows;
	}

	/**
	 * The review form: the actions come as rows, of which blank ones are left out.
	 */
	record ReviewForm(@NotNull(message = "{progressReview.heldOn.required}") @Nullable LocalDate heldOn,
			@Nullable String summary, @NotNull(message = "{progressReview.rag.required}") @Nullable ReviewRag rag,
			@Nullable String ragReason, @Nullable List<ActionForm> actions, long version, @Nullable Long replaces) {

		/**
		 * What was entered, with the complete rows of action; each row half filled in
		 * goes into the result as an error.
		 * @param result the form's binding result
		 * @return what was entered
		 */
		ReviewDraft toDraft(BindingResult result) {
			List<AgreedAction> agreed = new ArrayList<>();
			List<ActionForm> rows = (this.actions != null) ? this.actions : List.of();
			for (int i = 0; i < rows.size(); i++) {
				ActionForm row = rows.get(i);
				String description = (row.description() != null) ? row.description().strip() : "";
				if (description.isEmpty() && row.targetDate() == null) {
					continue;
				}
				if (description.isEmpty()) {
					rejectRow(result, "progressReview.action.descriptionRequired", i + 1);
				}
				else if (row.targetDate() == null) {
					if (!result.hasFieldErrors("actions[" + i + "].targetDate")) {
						rejectRow(result, "progressReview.action.targetRequired", i + 1);
					}
				}
				else {
					agreed.add(new AgreedAction(description, row.targetDate()));
				}
			}
			return new ReviewDraft(this.heldOn, (this.summary != null) ? this.summary : "", this.rag,
					(this.ragReason != null) ? this.ragReason : "", agreed);
		}

		/**
		 * An error on a row of actions. When a value sent could not be read (a date typed
		 * as 31/07/2026), the binding kept no form to read the rows' values from, so the
		 * error is added as it is, beside the binding's own.
		 */
		private static void rejectRow(BindingResult result, String code, int row) {
			if (result.getTarget() != null) {
				result.rejectValue("actions", code, new Object[] { row }, null);
			}
			else {
				result.addError(new FieldError(result.getObjectName(), "actions", null, false,
						result.resolveMessageCodes(code, "actions"), new Object[] { row }, null));
			}
		}

	}

	/**
	 * One row of agreed action on the form.
	 */
	record ActionForm(@Nullable String description, @Nullable LocalDate targetDate) {
	}

	/**
	 * The coach's choice of a date, a time and a place or online link for the next
	 * review.
	 */
	record ScheduleForm(@NotNull(message = "{progressReview.scheduled.required}") @Nullable LocalDate date,
			@NotNull(message = "{progressReview.time.required}") @Nullable LocalTime time, @Nullable String place,
			@Nullable String onlineLink) {

		/**
		 * The time, once the form's validation passed.
		 * @return the time
		 */
		LocalTime checkedTime() {
			return Objects.requireNonNull(this.time, "time is checked by the form's validation");
		}

		/**
		 * The date, once the form's validation passed.
		 * @return the date
		 */
		LocalDate checkedDate() {
			return Objects.requireNonNull(this.date, "date is checked by the form's validation");
		}

	}

	/**
	 * A scheduled review's new date, and the version of the review the coach saw.
	 */
	record RescheduleForm(@NotNull(message = "{progressReview.scheduled.required}") @Nullable LocalDate date,
			long version) {

		/**
		 * The date, once the form's validation passed.
		 * @return the date
		 */
		LocalDate checkedDate() {
			return Objects.requireNonNull(this.date, "date is checked by the form's validation");
		}

	}

	/**
	 * Cancelling a scheduled review: the coach's reason, and the version they saw.
	 */
	record CancelForm(@Nullable String reason, long version) {
	}

	/**
	 * Signing a review: the version the signer read.
	 */
	record SignForm(long version) {
	}

}
