package org.hcstracker.progress;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
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
 * Planning progress reviews: the apprentice's coach schedules one at a date, a time and a
 * place or online link, moves it, or cancels it with a reason while it is open. Recording
 * a review held is {@link ProgressReviewService}'s.
 */
@Service
public class ProgressReviewScheduling {

	private final ProgressReviewRepository reviews;

	private final ReviewSteps steps;

	private final Clock clock;

	ProgressReviewScheduling(ProgressReviewRepository reviews, ReviewSteps steps, Clock clock) {
		this.reviews = reviews;
		this.steps = steps;
		this.clock = clock;
	}

	/**
	 * Schedules a review for a date, today or later, at a time and a place or online
	 * link.
	 * @param apprenticeId the apprentice
	 * @param date the date
	 * @param time the time it starts
	 * @param venue where it is held
	 * @param coach the apprentice's coach
	 * @return the review's id
	 */
	@Transactional
	public long schedule(long apprenticeId, LocalDate date, LocalTime time, ReviewVenue venue, CurrentUser coach) {
		ApprenticeRef ref = this.steps.asCoach(apprenticeId, coach);
		ProgressReview review = this.reviews.save(
				ProgressReview.scheduled(ref.id(), date, time, venue, UkTime.today(this.clock), this.clock.instant()));
		this.steps.changed(ref, review, "REVIEW_SCHEDULED",
				"scheduled for " + date + " " + time + ", " + describe(venue), coach);
		return review.requireId();
	}

	private static String describe(ReviewVenue venue) {
		if (venue.place() != null && venue.onlineLink() != null) {
			return venue.place() + ", " + venue.onlineLink();
		}
		return (venue.place() != null) ? venue.place() : String.valueOf(venue.onlineLink());
	}

	/**
	 * Cancels a review scheduled and not yet held, with the coach's reason.
	 * @param apprenticeId the apprentice
	 * @param reviewId the review
	 * @param reason why, as typed
	 * @param expectedVersion the version the coach saw
	 * @param coach the apprentice's coach
	 */
	@Transactional
	public void cancel(long apprenticeId, long reviewId, @Nullable String reason, long expectedVersion,
			CurrentUser coach) {
		ApprenticeRef ref = this.steps.asCoach(apprenticeId, coach);
		ProgressReview review = this.steps.load(ref, reviewId, expectedVersion);
		ReviewRules.require(ReviewRules.cancel(Relation.COACH, ref.status(), review.facts()));
		TypedText checked = cancelReason(reason);
		review.cancel(checked, coach.accountId(), this.clock.instant());
		this.steps.changed(ref, review, "REVIEW_CANCELLED", "cancelled: " + checked.value(), coach);
	}

	/**
	 * The reason for cancelling a review, checked.
	 * @param reason the reason as typed
	 * @return the reason
	 * @throws ReviewRuleException if it is missing, too long or holds hidden characters
	 */
	static TypedText cancelReason(@Nullable String reason) {
		return TypedText.required(reason, ProgressReview.REASON_MAX_LENGTH,
				(problem) -> new ReviewRuleException("reason", switch (problem) {
					case MISSING -> "progressReview.cancel.reason.MISSING";
					case TOO_LONG -> "progressReview.cancel.reason.TOO_LONG";
					case CONTROL -> "progressReview.cancel.reason.CONTROL";
				}));
	}

	/**
	 * Moves a review not yet held to another date.
	 * @param apprenticeId the apprentice
	 * @param reviewId the review
	 * @param date the new date, today or later
	 * @param expectedVersion the version the form was opened on
	 * @param coach the apprentice's coach
	 */
	@Transactional
	public void reschedule(long apprenticeId, long reviewId, LocalDate date, long expectedVersion, CurrentUser coach) {
		ApprenticeRef ref = this.steps.asCoach(apprenticeId, coach);
		ProgressReview review = this.steps.load(ref, reviewId, expectedVersion);
		review.reschedule(date, UkTime.today(this.clock), this.clock.instant());
		this.steps.changed(ref, review, "REVIEW_RESCHEDULED", "scheduled for " + date, coach);
	}

	/**
	 * The scheduled reviews still open that a review held may replace, earliest first.
	 * @param apprenticeId the apprentice
	 * @param coach the apprentice's coach
	 * @return the open scheduled reviews
	 */
	@Transactional(readOnly = true)
	public List<ReviewView> openScheduled(long apprenticeId, CurrentUser coach) {
		ApprenticeRef ref = this.steps.asCoach(apprenticeId, coach);
		return this.reviews.findOpenOfApprentice(ref.id()).stream().map(ProgressReview::toView).toList();
	}

}
