package org.hcstracker.progress;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.hcstracker.audit.AuditRecord;
import org.hcstracker.audit.AuditService;
import org.hcstracker.people.CurrentUser;
import org.hcstracker.programme.ApprenticeDirectory;
import org.hcstracker.programme.ApprenticeRef;
import org.hcstracker.progress.ReviewRules.Relation;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Limit;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Component;

/**
 * The steps every change to a progress review shares, whoever makes it: find the
 * apprentice in the person's scope (and, for the coach's changes, check they may make
 * them), load the review at the version the person read, and record the change in the
 * audit trail with the event that keeps the apprentice's summary in step.
 */
@Component
class ReviewSteps {

	private final ProgressReviewRepository reviews;

	private final ApprenticeDirectory directory;

	private final AuditService audit;

	private final ApplicationEventPublisher events;

	ReviewSteps(ProgressReviewRepository reviews, ApprenticeDirectory directory, AuditService audit,
			ApplicationEventPublisher events) {
		this.reviews = reviews;
		this.directory = directory;
		this.audit = audit;
		this.events = events;
	}

	/** The apprentice, if the person may see them; not found otherwise. */
	ApprenticeRef reference(long apprenticeId, CurrentUser viewer) {
		return this.directory.progressReference(apprenticeId, viewer);
	}

	/**
	 * The apprentice, if the person is the coach who may schedule and record their
	 * reviews.
	 */
	ApprenticeRef asCoach(long apprenticeId, CurrentUser coach) {
		ApprenticeRef ref = reference(apprenticeId, coach);
		ReviewRules.require(ReviewRules.schedule(Relation.of(ref, coach), ref.status()));
		return ref;
	}

	/**
	 * One of the apprentice's reviews, as the person read it; a conflict if it changed
	 * since.
	 */
	ProgressReview load(ApprenticeRef ref, long reviewId, long expectedVersion) {
		ProgressReview review = this.reviews.findOfApprentice(reviewId, ref.id())
			.orElseThrow(() -> ReviewNotFoundException.forId(reviewId));
		if (review.getVersion() != expectedVersion) {
			throw new ObjectOptimisticLockingFailureException(ProgressReview.class, reviewId);
		}
		return review;
	}

	/**
	 * The latest review held on or before the date of the one being recorded, other than
	 * it, if there is one: the review whose actions it follows up.
	 */
	Optional<PreviousReview> before(long apprenticeId, @Nullable Long reviewId, LocalDate heldOn) {
		return this.reviews.findLatestHeld(apprenticeId, heldOn, Limit.of(2))
			.stream()
			.filter((review) -> reviewId == null || review.requireId() != reviewId)
			.findFirst()
			.map((review) -> new PreviousReview(review.requireId(), Objects.requireNonNull(review.getHeldOn()),
					review.actions()));
	}

	/**
	 * The actions a review being recorded follows up: those of the review before.
	 */
	List<AgreedAction> actionsBefore(long apprenticeId, @Nullable Long reviewId, @Nullable LocalDate heldOn) {
		if (heldOn == null) {
			return List.of();
		}
		return before(apprenticeId, reviewId, heldOn).map(PreviousReview::actions).orElse(List.of());
	}

	/**
	 * Records a change in the audit trail and tells the modules that follow reviews (the
	 * apprentice's summary, notifications).
	 */
	void changed(ApprenticeRef ref, ProgressReview review, String action, String after, CurrentUser actor) {
		this.audit.record(AuditRecord.of(actor.asActor(), action, "ProgressReview", review.requireId())
			.apprentice(review.getApprenticeId())
			.after(after));
		ReviewView view = review.toView();
		ReviewRules.Facts facts = review.facts();
		boolean waiting = facts.held() && !facts.cancelled();
		this.events.publishEvent(new ProgressReviewChanged(review.getApprenticeId(), review.requireId(), action,
				ref.accountId(), ref.lineManagerId(), view.scheduledFor(), view.scheduledTime(), view.place(),
				view.onlineLink(), waiting && !facts.signedByApprentice(), waiting && !facts.signedByLineManager()));
	}

}
