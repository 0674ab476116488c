package org.hcstracker.progress;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import org.hcstracker.people.CurrentUser;
import org.hcstracker.programme.ApprenticeDirectory;
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

	private final ApprenticeDirectory directory;

	private final Clock clock;

	ProgressReviewController(ProgressReviewService service, ApprenticeDirectory directory, Clock clock) {
		this.service = service;
		this.directory = directory;
		this.clock = clock;
	}

	@GetMapping("/apprentices/{id}/reviews")
	String reviews(@PathVariable long id, @AuthenticationPrincipal CurrentUser viewer, Model model) {
		model.addAttribute("page", this.service.reviews(id, viewer));
		model.addAttribute("name", this.directory.profile(id, viewer).name());
		return "progress/reviews";
	}

	@PostMapping("/apprentices/{id}/reviews/schedule")
	String schedule(@PathVariable long id, @RequestParam(required = false) @Nullable LocalDate date,
			@AuthenticationPrincipal CurrentUser coach, RedirectAttributes redirect) {
		if (date == null) {
			redirect.addFlashAttribute("flashError", "progressReview.scheduled.required");
			return "redirect:/apprentices/" + id + "/reviews";
		}
		try {
			this.service.schedule(id, date, coach);
			redirect.addFlashAttribute("flashMessage", "progressReview.scheduled.done");
		}
		catch (ReviewRuleException ex) {
			redirect.addFlashAttribute("flashError", ex.getMessageKey());
		}
		return "redirect:/apprentices/" + id + "/reviews";
	}

	@GetMapping("/apprentices/{id}/reviews/{reviewId}")
	String review(@PathVariable long id, @PathVariable long reviewId, @AuthenticationPrincipal CurrentUser viewer,
			Model model) {
		model.addAttribute("detail", this.service.review(id, reviewId, viewer));
		model.addAttribute("apprenticeId", id);
		model.addAttribute("name", this.directory.profile(id, viewer).name());
		return "progress/review";
	}

	@PostMapping("/apprentices/{id}/reviews/{reviewId}/reschedule")
	String reschedule(@PathVariable long id, @PathVariable long reviewId,
			@RequestParam(required = false) @Nullable LocalDate date, @RequestParam long version,
			@AuthenticationPrincipal CurrentUser coach, RedirectAttributes redirect) {
		if (date == null) {
			redirect.addFlashAttribute("flashError", "progressReview.scheduled.required");
			return "redirect:/apprentices/" + id + "/reviews/" + reviewId;
		}
		try {
			this.service.reschedule(id, reviewId, date, version, coach);
			redirect.addFlashAttribute("flashMessage", "progressReview.rescheduled.done");
		}
		catch (ReviewRuleException ex) {
			redirect.addFlashAttribute("flashError", ex.getMessageKey());
		}
		return "redirect:/apprentices/" + id + "/reviews/" + reviewId;
	}

	@PostMapping("/apprentices/{id}/reviews/{reviewId}/sign")
	String sign(@PathVariable long id, @PathVariable long reviewId, @RequestParam long version,
			@AuthenticationPrincipal CurrentUser signer, RedirectAttributes redirect) {
		try {
			this.service.sign(id, reviewId, version, signer);
			redirect.addFlashAttribute("flashMessage", "progressReview.signed.done");
		}
		catch (ReviewRuleException ex) {
			redirect.addFlashAttribute("flashError", ex.getMessageKey());
		}
		return "redirect:/apprentices/" + id + "/reviews/" + reviewId;
	}

	@GetMapping("/apprentices/{id}/reviews/new")
	String newForm(@PathVariable long id, @AuthenticationPrincipal CurrentUser coach, Model model) {
		this.service.checkMayRecord(id, coach);
		model.addAttribute("form", new ReviewForm(UkTime.today(this.clock), "", null, "", withBlankRows(List.of()), 0));
		return form(id, null, coach, model);
	}

	@PostMapping("/apprentices/{id}/reviews/new")
	String recordNew(@PathVariable long id, @Valid @ModelAttribute("form") ReviewForm form, BindingResult result,
			@AuthenticationPrincipal CurrentUser coach, Model model, RedirectAttributes redirect) {
		ReviewContent content = form.toContent(result);
		if (content != null) {
			try {
				long reviewId = this.service.record(id, content, coach);
				redirect.addFlashAttribute("flashMessage", "progressReview.recorded.done");
				return "redirect:/apprentices/" + id + "/reviews/" + reviewId;
			}
			catch (ReviewRuleException ex) {
				reject(result, ex);
			}
		}
		keepWhatWasSent(form, result, model);
		return form(id, null, coach, model);
	}

	@GetMapping("/apprentices/{id}/reviews/{reviewId}/edit")
	String editForm(@PathVariable long id, @PathVariable long reviewId, @AuthenticationPrincipal CurrentUser coach,
			Model model) {
		this.service.checkMayRecord(id, coach);
		ReviewView review = this.service.review(id, reviewId, coach).review();
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
						review.version()));
		return form(id, review, coach, model);
	}

	@PostMapping("/apprentices/{id}/reviews/{reviewId}/edit")
	String record(@PathVariable long id, @PathVariable long reviewId, @Valid @ModelAttribute("form") ReviewForm form,
			BindingResult result, @AuthenticationPrincipal CurrentUser coach, Model model,
			RedirectAttributes redirect) {
		ReviewContent content = form.toContent(result);
		if (content != null) {
			try {
				this.service.record(id, reviewId, content, form.version(), coach);
				redirect.addFlashAttribute("flashMessage", "progressReview.recorded.done");
				return "redirect:/apprentices/" + id + "/reviews/" + reviewId;
			}
			catch (ReviewRuleException ex) {
				reject(result, ex);
			}
		}
		keepWhatWasSent(form, result, model);
		return form(id, this.service.review(id, reviewId, coach).review(), coach, model);
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
		model.addAttribute("apprenticeId", id);
		model.addAttribute("review", review);
		model.addAttribute("name", this.directory.profile(id, viewer).name());
		model.addAttribute("rags", ReviewRag.values());
		return "progress/review-form";
	}

	private static List<ActionForm> withBlankRows(List<ActionForm> actions) {
		List<ActionForm> rows = new ArrayList<>(actions);
		while (rows.size() < Math.min(ProgressReview.MAX_ACTIONS, actions.size() + BLANK_ACTION_ROWS)) {
			rows.add(new ActionForm("", null));
		}
		return rows;
	}

	private static void reject(BindingResult result, ReviewRuleException ex) {
		if (ex.getField().isEmpty()) {
			result.reject(ex.getMessageKey());
		}
		else {
			result.rejectValue(ex.getField(), ex.getMessageKey());
		}
	}

	/**
	 * The review form: the actions come as rows, of which blank ones are left out.
	 */
	record ReviewForm(@NotNull(message = "{progressReview.heldOn.required}") @Nullable LocalDate heldOn,
			@Nullable String summary, @NotNull(message = "{progressReview.rag.required}") @Nullable ReviewRag rag,
			@Nullable String ragReason, @Nullable List<ActionForm> actions, long version) {

		/**
		 * The content, if the form is complete enough to check; otherwise the errors go
		 * into the result.
		 * @param result the form's binding result
		 * @return the content, or null if the form has errors
		 */
		@Nullable ReviewContent toContent(BindingResult result) {
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
			if (result.hasErrors() || this.heldOn == null || this.rag == null) {
				return null;
			}
			return new ReviewContent(this.heldOn, (this.summary != null) ? this.summary : "", this.rag,
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

}
