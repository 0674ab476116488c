package org.hcstracker.progress;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.hcstracker.audit.AuditRecord;
import org.hcstracker.audit.AuditService;
import org.hcstracker.people.CurrentUser;
import org.hcstracker.programme.ActiveApprentice;
import org.hcstracker.programme.ApprenticeDirectory;
import org.hcstracker.programme.ApprenticeRef;
import org.hcstracker.progress.ReviewRules.Relation;
import org.hcstracker.shared.RuleException;
import org.hcstracker.shared.UkTime;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Progress reviews: the apprentice's coach schedules and records them, and may change one
 * until its first signature; the apprentice and their own line manager sign; everyone who
 * may see the apprentice reads them with when the next is due.
 */
@Service
public class ProgressReviewService {

	private final ProgressReviewRepository reviews;

	private final ApprenticeDirectory directory;

	private final AuditService audit;

	private final Clock clock;

	private final ApplicationEventPublisher events;

	ProgressReviewService(ProgressReviewRepository reviews, ApprenticeDirectory directory, AuditService audit,
			Clock clock, ApplicationEventPublisher events) {
		this.events = events;
		this.reviews = reviews;
		this.directory = directory;
		this.audit = audit;
		this.clock = clock;
	}

	/**
	 * Schedules a review for a date, today or later.
	 * @param apprenticeId the apprentice
	 * @param date the date
	 * @param coach the apprentice's coach
	 * @return the review's id
	 */
	@Transactional
	public long schedule(long apprenticeId, LocalDate date, CurrentUser coach) {
		ApprenticeRef ref = coach(apprenticeId, coach);
		checkScheduled(date);
		ProgressReview review = this.reviews.save(ProgressReview.scheduled(ref.id(), date, this.clock.instant()));
		audit(review, "REVIEW_SCHEDULED", "scheduled for " + date, coach);
		return review.requireId();
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
		ApprenticeRef ref = coach(apprenticeId, coach);
		checkScheduled(date);
		ProgressReview review = load(ref, reviewId, expectedVersion);
		ReviewRules.require(ReviewRules.reschedule(Relation.COACH, ref.status(), review.facts()));
		review.reschedule(date, this.clock.instant());
		audit(review, "REVIEW_RESCHEDULED", "scheduled for " + date, coach);
	}

	/**
	 * Records a review held that was not scheduled.
	 * @param apprenticeId the apprentice
	 * @param content what was recorded
	 * @param coach the apprentice's coach
	 * @return the review's id
	 */
	@Transactional
	public long record(long apprenticeId, ReviewContent content, CurrentUser coach) {
		ApprenticeRef ref = coach(apprenticeId, coach);
		ReviewContent checked = check(ref, content);
		ProgressReview review = this.reviews
			.save(ProgressReview.held(ref.id(), checked, coach.accountId(), this.clock.instant()));
		audit(review, "REVIEW_RECORDED", describe(checked), coach);
		return review.requireId();
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
		ApprenticeRef ref = coach(apprenticeId, coach);
		ReviewContent checked = check(ref, content);
		ProgressReview review = load(ref, reviewId, expectedVersion);
		ReviewRules.require(ReviewRules.record(Relation.COACH, ref.status(), review.facts()));
		boolean wasHeld = review.status() != ReviewStatus.SCHEDULED;
		review.record(checked, coach.accountId(), this.clock.instant());
		audit(review, wasHeld ? "REVIEW_EDITED" : "REVIEW_RECORDED", describe(checked), coach);
	}

	/**
	 * Signs a review held: the apprentice themselves, or their own line manager. Anyone
	 * else who may see the apprentice is refused; anyone who may not gets not found.
	 * @param apprenticeId the apprentice
	 * @param reviewId the review
	 * @param expectedVersion the version the signer read
	 * @param signer who signs
	 */
	@Transactional
	public void sign(long apprenticeId, long reviewId, long expectedVersion, CurrentUser signer) {
		ApprenticeRef ref = this.directory.progressReference(apprenticeId, signer);
		ProgressReview review = load(ref, reviewId, expectedVersion);
		Relation relation = Relation.of(ref, signer);
		ReviewRules.require(ReviewRules.sign(relation, review.facts()));
		if (relation == Relation.APPRENTICE) {
			review.signAsApprentice(signer.accountId(), signer.name(), this.clock.instant());
			audit(review, "REVIEW_SIGNED", "signed by the apprentice, " + signer.name(), signer);
		}
		else {
			review.signAsLineManager(signer.accountId(), signer.name(), this.clock.instant());
			audit(review, "REVIEW_SIGNED", "signed by the line manager, " + signer.name(), signer);
		}
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
		LocalDate scheduled = all.stream()
			.filter((review) -> review.status() == ReviewStatus.SCHEDULED)
			.map(ReviewView::scheduledFor)
			.filter(Objects::nonNull)
			.min(Comparator.naturalOrder())
			.orElse(null);
		NextReview next = NextReview.of(ref.status(), ref.startDate(), lastHeld,
				this.directory.breaks(ref.id(), viewer), scheduled, UkTime.today(this.clock));
		Relation relation = Relation.of(ref, viewer);
		ReviewRules.Refusal scheduling = ReviewRules.schedule(relation, ref.status());
		return new ReviewsPage(ref, next, all, scheduling == null,
				relation == Relation.APPRENTICE || relation == Relation.LINE_MANAGER,
				scheduling != null && scheduling.concernsViewer());
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
				(editing != null && editing.concernsViewer()) ? editing.messageKey() : null);
	}

	/**
	 * Checks that the person may record reviews of the apprentice: their coach, while the
	 * apprentice is still on the programme.
	 * @param apprenticeId the apprentice
	 * @param coach who wants to record one
	 */
	@Transactional(readOnly = true)
	public void checkMayRecord(long apprenticeId, CurrentUser coach) {
		coach(apprenticeId, coach);
	}

	/**
	 * The reviews held that wait for the person's signature: an apprentice's own, or a
	 * line manager's apprentices'.
	 * @param person the apprentice or line manager
	 * @return the reviews, oldest first; none for other roles
	 */
	@Transactional(readOnly = true)
	public List<ReviewToSign> toSign(CurrentUser person) {
		return switch (person.role()) {
			case APPRENTICE -> this.reviews.findToSignByApprentice(person.accountId());
			case EMPLOYER -> this.reviews.findToSignByLineManager(person.accountId());
			default -> List.of();
		};
	}

	/**
	 * The coach's apprentices on programme whose next review is overdue or due within two
	 * weeks, the most overdue first: three statements, whatever the caseload's size.
	 * @param coach the coach
	 * @return the reviews due
	 */
	@Transactional(readOnly = true)
	public List<DueReview> dueForCoach(CurrentUser coach) {
		List<ActiveApprentice> caseload = this.directory.activeCaseload(coach);
		if (caseload.isEmpty()) {
			return List.of();
		}
		Map<Long, Object[]> dates = new HashMap<>();
		for (Object[] row : this.reviews
			.lastHeldAndNextScheduled(caseload.stream().map(ActiveApprentice::id).toList())) {
			dates.put((Long) row[0], row);
		}
		LocalDate today = UkTime.today(this.clock);
		return caseload.stream().map((apprentice) -> {
			Object[] row = dates.get(apprentice.id());
			NextReview next = NextReview.of(apprentice.status(), apprentice.startDate(),
					(row != null) ? (LocalDate) row[1] : null, apprentice.breaks(),
					(row != null) ? (LocalDate) row[2] : null, today);
			return new DueReview(apprentice.id(), apprentice.name(), next);
		})
			.filter((due) -> due.next().needsCoach())
			.sorted(Comparator.comparing((DueReview due) -> Objects.requireNonNull(due.next().dueBy()))
				.thenComparing(DueReview::apprenticeName))
			.toList();
	}

	/**
	 * The date of the last review held, for apprentices already in the caller's scope:
	 * one statement.
	 * @param apprenticeIds the apprentices
	 * @return the date for each apprentice with a review held
	 */
	@Transactional(readOnly = true)
	public Map<Long, LocalDate> lastHeld(Collection<Long> apprenticeIds) {
		Map<Long, LocalDate> held = new HashMap<>();
		if (apprenticeIds.isEmpty()) {
			return held;
		}
		for (Object[] row : this.reviews.lastHeldAndNextScheduled(apprenticeIds)) {
			if (row[1] != null) {
				held.put((Long) row[0], (LocalDate) row[1]);
			}
		}
		return held;
	}

	/**
	 * The date of the last review held and of the review scheduled and not yet held, for
	 * apprentices already in the caller's scope: one statement.
	 * @param apprenticeIds the apprentices
	 * @return the dates of each apprentice with any review
	 */
	@Transactional(readOnly = true)
	public Map<Long, ReviewDates> reviewDates(Collection<Long> apprenticeIds) {
		Map<Long, ReviewDates> dates = new HashMap<>();
		if (apprenticeIds.isEmpty()) {
			return dates;
		}
		for (Object[] row : this.reviews.lastHeldAndNextScheduled(apprenticeIds)) {
			dates.put((Long) row[0], new ReviewDates((LocalDate) row[1], (LocalDate) row[2]));
		}
		return dates;
	}

	/**
	 * An apprentice's last review held and next review scheduled.
	 *
	 * @param lastHeld the date of the last review held, if any
	 * @param nextScheduled the date of the review scheduled and not yet held, if any
	 */
	public record ReviewDates(@Nullable LocalDate lastHeld, @Nullable LocalDate nextScheduled) {
	}

	private void checkScheduled(LocalDate date) {
		if (date.isBefore(UkTime.today(this.clock))) {
			throw new ReviewRuleException("date", "progressReview.scheduled.past");
		}
	}

	/**
	 * Every refusal the rules make of a review as entered so far, all at once: the date
	 * held (not in the future, not before the start), the summary and the reason for the
	 * rating (required, not too long), and the actions (at least one, at most ten, each
	 * described and due no earlier than the review). A part not yet entered is left to
	 * the form's own checks.
	 * @param apprenticeId the apprentice
	 * @param draft what has been entered
	 * @param coach the apprentice's coach
	 * @return the refusals, in the order of the form's fields; empty if none
	 */
	@Transactional(readOnly = true)
	List<ReviewRuleException> refusals(long apprenticeId, ReviewDraft draft, CurrentUser coach) {
		try {
			return check(coach(apprenticeId, coach), draft);
		}
		catch (ReviewRuleException ex) {
			return List.of(ex);
		}
	}

	private ReviewContent check(ApprenticeRef ref, ReviewContent content) {
		RuleException.throwIfAny(check(ref, ReviewDraft.of(content)));
		return new ReviewContent(content.heldOn(), content.summary().strip(), content.rag(),
				content.ragReason().strip(),
				content.actions()
					.stream()
					.map((action) -> new AgreedAction(action.description().strip(), action.targetDate()))
					.toList());
	}

	private List<ReviewRuleException> check(ApprenticeRef ref, ReviewDraft content) {
		List<ReviewRuleException> refusals = new ArrayList<>();
		if (content.heldOn() != null && content.heldOn().isAfter(UkTime.today(this.clock))) {
			refusals.add(new ReviewRuleException("heldOn", "progressReview.heldOn.future"));
		}
		if (content.heldOn() != null && content.heldOn().isBefore(ref.startDate())) {
			refusals.add(new ReviewRuleException("heldOn", "progressReview.heldOn.beforeStart"));
		}
		String summary = content.summary().strip();
		if (summary.isEmpty()) {
			refusals.add(new ReviewRuleException("summary", "progressReview.summary.required"));
		}
		else if (summary.length() > ProgressReview.SUMMARY_MAX_LENGTH) {
			refusals.add(new ReviewRuleException("summary", "progressReview.summary.tooLong"));
		}
		String reason = content.ragReason().strip();
		if (reason.isEmpty()) {
			refusals.add(new ReviewRuleException("ragReason", "progressReview.ragReason.required"));
		}
		else if (reason.length() > ProgressReview.REASON_MAX_LENGTH) {
			refusals.add(new ReviewRuleException("ragReason", "progressReview.ragReason.tooLong"));
		}
		if (content.actions().isEmpty()) {
			refusals.add(new ReviewRuleException("actions", "progressReview.actions.required"));
		}
		else if (content.actions().size() > ProgressReview.MAX_ACTIONS) {
			refusals.add(new ReviewRuleException("actions", "progressReview.actions.tooMany"));
		}
		for (AgreedAction action : content.actions()) {
			String description = action.description().strip();
			if (description.isEmpty() || description.length() > AgreedAction.MAX_LENGTH) {
				refusals.add(new ReviewRuleException("actions", "progressReview.action.description.invalid"));
				break;
			}
			if (content.heldOn() != null && action.targetDate().isBefore(content.heldOn())) {
				refusals.add(new ReviewRuleException("actions", "progressReview.action.targetBeforeHeld"));
				break;
			}
		}
		return refusals;
	}

	private ApprenticeRef coach(long apprenticeId, CurrentUser coach) {
		ApprenticeRef ref = this.directory.progressReference(apprenticeId, coach);
		ReviewRules.require(ReviewRules.schedule(Relation.of(ref, coach), ref.status()));
		return ref;
	}

	private ProgressReview load(ApprenticeRef ref, long reviewId, long expectedVersion) {
		ProgressReview review = this.reviews.findOfApprentice(reviewId, ref.id())
			.orElseThrow(() -> ReviewNotFoundException.forId(reviewId));
		if (review.getVersion() != expectedVersion) {
			throw new ObjectOptimisticLockingFailureException(ProgressReview.class, reviewId);
		}
		return review;
	}

	private void audit(ProgressReview review, String action, String after, CurrentUser actor) {
		this.audit.record(AuditRecord.of(actor.asActor(), action, "ProgressReview", review.requireId())
			.apprentice(review.getApprenticeId())
			.after(after));
		this.events.publishEvent(new ProgressReviewChanged(review.getApprenticeId()));
	}

	private static String describe(ReviewContent content) {
		return "held on " + content.heldOn() + ", " + content.rag() + ": " + content.ragReason() + "; "
				+ content.actions().size() + " actions";
	}

}
