package org.hcstracker.progress;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

import org.hcstracker.people.CurrentUser;
import org.hcstracker.programme.ApprenticeDirectory;
import org.hcstracker.programme.ApprenticeRef;
import org.hcstracker.progress.ReviewRules.Relation;
import org.hcstracker.shared.UkTime;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reading progress reviews: everyone who may see the apprentice reads them with when the
 * next is due, and with what they may do now by the same rules that
 * {@link ProgressReviewService} applies to a change.
 */
@Service
public class ProgressReviewPages {

	private final ProgressReviewRepository reviews;

	private final ApprenticeDirectory directory;

	private final Clock clock;

	ProgressReviewPages(ProgressReviewRepository reviews, ApprenticeDirectory directory, Clock clock) {
		this.reviews = reviews;
		this.directory = directory;
		this.clock = clock;
	}

	/**
	 * An apprentice's reviews, with when the next is due.
	 * @param apprenticeId the apprentice
	 * @param viewer who is looking
	 * @return the page's content
	 */
	@Transactional(readOnly = true)
	public ReviewsPage reviews(long apprenticeId, CurrentUser viewer) {
		ApprenticeRef ref = this.directory.progressReference(apprenticeId, viewer);
		List<ReviewView> all = this.reviews.findAllOfApprentice(ref.id()).stream().map(ProgressReview::toView).toList();
		LocalDate lastHeld = all.stream()
			.map(ReviewView::heldOn)
			.filter(Objects::nonNull)
			.max(Comparator.naturalOrder())
			.orElse(null);
		ReviewView scheduled = all.stream()
			.filter(ReviewView::isOpen)
			.filter((review) -> review.scheduledFor() != null)
			.min(Comparator.comparing(ReviewView::scheduledFor).thenComparing(ReviewView::id))
			.orElse(null);
		NextReview next = NextReview.of(ref.status(), ref.startDate(), lastHeld,
				this.directory.breaks(ref.id(), viewer), (scheduled != null) ? scheduled.scheduledFor() : null,
				UkTime.today(this.clock));
		Relation relation = Relation.of(ref, viewer);
		ReviewRules.Refusal scheduling = ReviewRules.schedule(relation, ref.status());
		return new ReviewsPage(ref, next, all, scheduling == null,
				relation == Relation.APPRENTICE || relation == Relation.LINE_MANAGER,
				scheduling != null && scheduling.concernsViewer(), scheduled);
	}

	/**
	 * One review of an apprentice the viewer may see, with what the viewer may do with
	 * it.
	 * @param apprenticeId the apprentice
	 * @param reviewId the review
	 * @param viewer who is looking
	 * @return the review
	 */
	@Transactional(readOnly = true)
	public ReviewDetail review(long apprenticeId, long reviewId, CurrentUser viewer) {
		ApprenticeRef ref = this.directory.progressReference(apprenticeId, viewer);
		ReviewView review = this.reviews.findOfApprentice(reviewId, ref.id())
			.map(ProgressReview::toView)
			.orElseThrow(() -> ReviewNotFoundException.forId(reviewId));
		Relation relation = Relation.of(ref, viewer);
		ReviewRules.Facts facts = ReviewRules.Facts.of(review);
		ReviewRules.Refusal editing = ReviewRules.record(relation, ref.status(), facts);
		return new ReviewDetail(review, editing == null, ReviewRules.sign(relation, facts) == null,
				(editing != null && editing.concernsViewer()) ? editing.messageKey() : null,
				ReviewRules.cancel(relation, ref.status(), facts) == null);
	}

}
