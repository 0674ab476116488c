package org.hcstracker.progress;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

import org.jspecify.annotations.Nullable;

/**
 * A review as entered so far on the coach's form (a part possibly missing, and only the
 * complete rows of action): what {@link ProgressReviewService#refusals} checks, so that
 * the form reports the rules' refusals together with its own checks.
 *
 * @param heldOn the date it was held, if entered
 * @param summary the progress summary, possibly blank
 * @param rag the rating, if chosen
 * @param ragReason why that rating, possibly blank
 * @param actions the complete rows of new action
 * @param followUps the choices made for the actions of the review before, in its order
 */
record ReviewDraft(@Nullable LocalDate heldOn, String summary, @Nullable ReviewRag rag, String ragReason,
		List<AgreedAction> actions, List<FollowUpChoice> followUps) {

	static ReviewDraft of(ReviewContent content) {
		return new ReviewDraft(content.heldOn(), content.summary(), content.rag(), content.ragReason(),
				content.actions(), content.followUps());
	}

	/**
	 * The review to record, once the form's checks found nothing missing.
	 * @return the content
	 */
	ReviewContent toContent() {
		return new ReviewContent(Objects.requireNonNull(this.heldOn), this.summary, Objects.requireNonNull(this.rag),
				this.ragReason, this.actions, this.followUps);
	}

}
