package org.hcstracker.progress;

import java.time.Clock;
import java.util.List;

import org.hcstracker.people.CurrentUser;
import org.hcstracker.programme.ApprenticeRef;
import org.hcstracker.progress.ReviewRules.Relation;
import org.hcstracker.shared.TypedText;
import org.hcstracker.shared.UkTime;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Changing progress reviews: the apprentice's coach schedules and records them, and may
 * change one until its first signature; the apprentice and their own line manager sign.
 * The pages read them through {@link ProgressReviewPages}.
 */
@Service
public class ProgressReviewService {

	private final ProgressReviewRepository reviews;

	private final ReviewSteps steps;

	private final Clock clock;

	ProgressReviewService(ProgressReviewRepository reviews, ReviewSteps steps, Clock clock) {
		this.reviews = reviews;
		this.steps = steps;
		this.clock = clock;
	}

	/**
	 * Records a review held, with no scheduled review to choose between: it replaces the
	 * one scheduled review open, if there is one.
	 * @param apprenticeId the apprentice
	 * @param content what was recorded
	 * @param coach the apprentice's coach
	 * @return the review's id
	 * @throws ReviewRuleException if several scheduled reviews are open
	 */
	@Transactional
	public long record(long apprenticeId, ReviewContent content, CurrentUser coach) {
		return record(apprenticeId, content, null, coach);
	}

	/**
	 * Records a review held. A review held replaces the scheduled review it was: with
	 * none open it is a new review; with exactly one open, that review becomes the one
	 * held; with several open, the coach says which one it replaces, and is refused
	 * without a choice.
	 * @param apprenticeId the apprentice
	 * @param content what was recorded
	 * @param replaces the scheduled review it replaces, when several are open
	 * @param coach the apprentice's coach
	 * @return the review's id: the scheduled review's, when it replaces one
	 */
	@Transactional
	public long record(long apprenticeId, ReviewContent content, @Nullable Long replaces, CurrentUser coach) {
		ApprenticeRef ref = this.steps.asCoach(apprenticeId, coach);
		ReviewRecord checked = ReviewRecord.of(content, this.steps.actionsBefore(ref.id(), null, content.heldOn()),
				ref.startDate(), UkTime.today(this.clock));
		List<ProgressReview> open = this.reviews.findOpenOfApprentice(ref.id());
		ProgressReview review;
		if (open.isEmpty()) {
			review = this.reviews.save(ProgressReview.held(ref.id(), checked, coach.accountId(), this.clock.instant()));
		}
		else {
			review = replaced(open, replaces);
			review.record(checked, coach.accountId(), this.clock.instant());
		}
		this.steps.changed(ref, review, "REVIEW_RECORDED", checked.describe(), coach);
		return review.requireId();
	}

	private static ProgressReview replaced(List<ProgressReview> open, @Nullable Long replaces) {
		if (open.size() == 1) {
			return open.get(0);
		}
		return open.stream()
			.filter((review) -> replaces != null && review.requireId() == replaces)
			.findFirst()
			.orElseThrow(() -> new ReviewRuleException("replaces", "progressReview.replaces.required"));
	}

	/**
	 * Records a scheduled review once held, or changes a recorded one no one has signed.
	 * @param apprenticeId the apprentice
	 * @param reviewId the review
	 * @param content what was recorded
	 * @param expectedVersion the version the form was opened on
	 * @param coach the apprentice's coach
	 */
	@Transactional
	public void record(long apprenticeId, long reviewId, ReviewContent content, long expectedVersion,
			CurrentUser coach) {
		ApprenticeRef ref = this.steps.asCoach(apprenticeId, coach);
		ReviewRecord checked = ReviewRecord.of(content, this.steps.actionsBefore(ref.id(), reviewId, content.heldOn()),
				ref.startDate(), UkTime.today(this.clock));
		ProgressReview review = this.steps.load(ref, reviewId, expectedVersion);
		ReviewRules.require(ReviewRules.record(Relation.COACH, ref.status(), review.facts()));
		boolean wasHeld = review.status() != ReviewStatus.SCHEDULED;
		review.record(checked, coach.accountId(), this.clock.instant());
		this.steps.changed(ref, review, wasHeld ? "REVIEW_EDITED" : "REVIEW_RECORDED", checked.describe(), coach);
	}

	/**
	 * Signs a review held: the apprentice themselves, or their own line manager, each
	 * with a comment of their own if they wish. Anyone else who may see the apprentice is
	 * refused; anyone who may not gets not found.
	 * @param apprenticeId the apprentice
	 * @param reviewId the review
	 * @param expectedVersion the version the signer read
	 * @param comment what the signer adds, possibly blank
	 * @param signer who signs
	 * @throws ReviewRuleException if the comment is too long or holds control characters
	 */
	@Transactional
	public void sign(long apprenticeId, long reviewId, long expectedVersion, @Nullable String comment,
			CurrentUser signer) {
		sign(apprenticeId, reviewId, expectedVersion, comment, signer, false);
	}

	/**
	 * Signs a review held as the apprentice's own line manager, from the one-time link
	 * emailed to them (checked by the caller): the same rules as signing in the app, and
	 * the audit trail says it was signed from an emailed link.
	 * @param apprenticeId the apprentice
	 * @param reviewId the review
	 * @param expectedVersion the version the line manager read
	 * @param lineManager the line manager the link was sent to
	 */
	@Transactional
	public void signFromEmailedLink(long apprenticeId, long reviewId, long expectedVersion, CurrentUser lineManager) {
		sign(apprenticeId, reviewId, expectedVersion, null, lineManager, true);
	}

	private void sign(long apprenticeId, long reviewId, long expectedVersion, @Nullable String comment,
			CurrentUser signer, boolean fromEmailedLink) {
		String how = fromEmailedLink ? ", signed from an emailed link" : "";
		ApprenticeRef ref = this.steps.reference(apprenticeId, signer);
		ProgressReview review = this.steps.load(ref, reviewId, expectedVersion);
		Relation relation = Relation.of(ref, signer);
		ReviewRules.require(ReviewRules.sign(relation, review.facts()));
		TypedText checked = SignerComment.of(comment);
		String commented = (checked != null) ? ", with a comment" : "";
		if (relation == Relation.APPRENTICE) {
			review.signAsApprentice(signer.accountId(), signer.name(), checked, this.clock.instant());
			this.steps.changed(ref, review, "REVIEW_SIGNED",
					"signed by the apprentice, " + signer.name() + commented + how, signer);
		}
		else {
			review.signAsLineManager(signer.accountId(), signer.name(), checked, this.clock.instant(), fromEmailedLink);
			this.steps.changed(ref, review, "REVIEW_SIGNED",
					"signed by the line manager, " + signer.name() + commented + how, signer);
		}
	}

	/**
	 * Checks that the person may record reviews of the apprentice: their coach, while the
	 * apprentice is still on the programme.
	 * @param apprenticeId the apprentice
	 * @param coach who wants to record one
	 */
	@Transactional(readOnly = true)
	public void checkMayRecord(long apprenticeId, CurrentUser coach) {
		this.steps.asCoach(apprenticeId, coach);
	}

	/**
	 * Every refusal the rules make of a review as entered so far, all at once: the date
	 * held (not in the future, not before the start), the summary and the reason for the
	 * rating (required, not too long), and the actions (at least one, at most ten, each
	 * described and due no earlier than the review). A part not yet entered is left to
	 * the form's own checks.
	 * @param apprenticeId the apprentice
	 * @param reviewId the review being changed, or null for a new one
	 * @param draft what has been entered
	 * @param coach the apprentice's coach
	 * @return the refusals, in the order of the form's fields; empty if none
	 */
	@Transactional(readOnly = true)
	List<ReviewRuleException> refusals(long apprenticeId, @Nullable Long reviewId, ReviewDraft draft,
			CurrentUser coach) {
		try {
			ApprenticeRef ref = this.steps.asCoach(apprenticeId, coach);
			return ReviewRecord.refusals(draft, this.steps.actionsBefore(ref.id(), reviewId, draft.heldOn()),
					ref.startDate(), UkTime.today(this.clock));
		}
		catch (ReviewRuleException ex) {
			return List.of(ex);
		}
	}

}
