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

	private final ProgressReviewService service;

	private final ProgressReviewScheduling scheduling;

	private final ProgressReviewPages pages;

	private final ApprenticeDirectory directory;

	private final Clock clock;

	private final SentForms forms;

	private final ReviewPreparation preparation;

	ProgressReviewController(ProgressReviewService service, ProgressReviewScheduling scheduling,
			ProgressReviewPages pages, ReviewPreparation preparation, ApprenticeDirectory directory, Clock clock,
			SentForms forms) {
		this.preparation = preparation;
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
		model.addAttribute("signForm", new SignForm("", review.version()));
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
		model.addAttribute("signForm", new SignForm("", detail.review().version()));
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
		model.addAttribute("signForm", new SignForm("", detail.review().version()));
		model.addAttribute("cancelForm", new CancelForm("", detail.review().version()));
		return reviewPage(id, detail, coach, model);
	}

	@PostMapping("/apprentices/{id}/reviews/{reviewId}/sign")
	String sign(@PathVariable long id, @PathVariable long reviewId, @ModelAttribute("signForm") SignForm form,
			BindingResult result, @AuthenticationPrincipal CurrentUser signer, Model model,
			RedirectAttributes redirect) {
		if (!result.hasErrors()) {
			try {
				this.service.sign(id, reviewId, form.version(), form.comment(), signer);
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
		model.addAttribute("commentMaxLength", ProgressReview.COMMENT_MAX_LENGTH);
		model.addAttribute("apprenticeId", id);
		model.addAttribute("name", this.directory.profile(id, viewer).name());
		return "progress/review";
	}

	@GetMapping("/apprentices/{id}/reviews/new")
	String newForm(@PathVariable long id, @AuthenticationPrincipal CurrentUser coach, Model model) {
		LocalDate today = UkTime.today(this.clock);
		ProgressSince since = this.preparation.since(id, null, today, coach);
		model.addAttribute("form", ReviewForm.blank(today, since.previous()));
		return form(id, null, since, coach, model);
	}

	@PostMapping("/apprentices/{id}/reviews/new")
	String recordNew(@PathVariable long id, @Valid @ModelAttribute("form") ReviewForm form, BindingResult sent,
			@RequestParam(required = false) @Nullable String addAction, @AuthenticationPrincipal CurrentUser coach,
			Model model, RedirectAttributes redirect) {
		ProgressSince since = this.preparation.since(id, null, heldOn(form), coach);
		if (addAction != null) {
			withAnotherRow(form, sent, model);
			return form(id, null, since, coach, model);
		}
		BindingResult result = this.forms.complete(form, sent, model);
		ReviewDraft draft = form.toDraft(result);
		RuleException.rejectAllOn(this.service.refusals(id, null, draft, coach), result, Map.of());
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
		return form(id, null, since, coach, model);
	}

	@GetMapping("/apprentices/{id}/reviews/{reviewId}/edit")
	String editForm(@PathVariable long id, @PathVariable long reviewId, @AuthenticationPrincipal CurrentUser coach,
			Model model) {
		ReviewView review = this.pages.review(id, reviewId, coach).review();
		if (!review.isEditable()) {
			return "redirect:/apprentices/" + id + "/reviews/" + reviewId;
		}
		ProgressSince since = this.preparation.since(id, reviewId,
				(review.heldOn() != null) ? review.heldOn() : UkTime.today(this.clock), coach);
		model.addAttribute("form", ReviewForm.of(review, UkTime.today(this.clock)));
		return form(id, review, since, coach, model);
	}

	@PostMapping("/apprentices/{id}/reviews/{reviewId}/edit")
	String record(@PathVariable long id, @PathVariable long reviewId, @Valid @ModelAttribute("form") ReviewForm form,
			BindingResult sent, @RequestParam(required = false) @Nullable String addAction,
			@AuthenticationPrincipal CurrentUser coach, Model model, RedirectAttributes redirect) {
		ProgressSince since = this.preparation.since(id, reviewId, heldOn(form), coach);
		if (addAction != null) {
			withAnotherRow(form, sent, model);
			return form(id, this.pages.review(id, reviewId, coach).review(), since, coach, model);
		}
		BindingResult result = this.forms.complete(form, sent, model);
		ReviewDraft draft = form.toDraft(result);
		RuleException.rejectAllOn(this.service.refusals(id, reviewId, draft, coach), result, Map.of());
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
		return form(id, this.pages.review(id, reviewId, coach).review(), since, coach, model);
	}

	/**
	 * The form with a row for each action of the review before, however many rows were
	 * sent, each error kept.
	 */
	private static void withFollowUpRows(ProgressSince since, Model model) {
		int count = (since.previous() != null) ? since.previous().actions().size() : 0;
		Object shown = model.getAttribute("form");
		if (shown instanceof ReviewForm form && form.followUpRows() < count) {
			ReviewForm padded = form.withFollowUpRows(count);
			BeanPropertyBindingResult kept = new BeanPropertyBindingResult(padded, "form");
			Object result = model.getAttribute(BindingResult.MODEL_KEY_PREFIX + "form");
			if (result instanceof BindingResult errors) {
				kept.addAllErrors(errors);
			}
			model.addAttribute("form", padded);
			model.addAttribute(BindingResult.MODEL_KEY_PREFIX + "form", kept);
		}
	}

	/** The date held as the form has it, or today while none could be read. */
	private LocalDate heldOn(ReviewForm form) {
		return (form.heldOn() != null) ? form.heldOn() : UkTime.today(this.clock);
	}

	/**
	 * "Add another action": the form comes back as it was sent, with one more blank row
	 * (the new row's field focused), saving nothing and checking nothing but what could
	 * not be read.
	 */
	private static void withAnotherRow(ReviewForm form, BindingResult sent, Model model) {
		ReviewForm more = form.withAnotherRow();
		BeanPropertyBindingResult kept = new BeanPropertyBindingResult(more, sent.getObjectName());
		sent.getFieldErrors().stream().filter(FieldError::isBindingFailure).forEach(kept::addError);
		model.addAttribute(sent.getObjectName(), more);
		model.addAttribute(BindingResult.MODEL_KEY_PREFIX + sent.getObjectName(), kept);
		model.addAttribute("focusRow", (more.actions() != null) ? more.actions().size() - 1 : 0);
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

	private String form(long id, @Nullable ReviewView review, ProgressSince since, CurrentUser viewer, Model model) {
		withFollowUpRows(since, model);
		model.addAttribute("since", since);
		model.addAttribute("outcomes", ActionOutcome.values());
		model.addAttribute("openScheduled", (review == null) ? openScheduled(id, viewer) : List.of());
		model.addAttribute("apprenticeId", id);
		model.addAttribute("review", review);
		model.addAttribute("name", this.directory.profile(id, viewer).name());
		model.addAttribute("rags", ReviewRag.values());
		model.addAttribute("summaryMaxLength", ProgressReview.SUMMARY_MAX_LENGTH);
		model.addAttribute("reasonMaxLength", ProgressReview.REASON_MAX_LENGTH);
		model.addAttribute("actionMaxLength", AgreedAction.MAX_LENGTH);
		model.addAttribute("maxActions", ProgressReview.MAX_ACTIONS);
		Object form = model.getAttribute("form");
		model.addAttribute("roomForAnother", !(form instanceof ReviewForm sent) || sent.hasRoomForAnother());
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
	 * Signing a review: the signer's own comment, if any, and the version they read.
	 */
	record SignForm(@Nullable String comment, long version) {
	}

}
