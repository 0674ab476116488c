package org.hcstracker.progress;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hcstracker.shared.BaseEntity;
import org.hcstracker.shared.TypedText;
import org.jspecify.annotations.Nullable;

/**
 * A structured one-to-one progress review. The coach schedules it and records it once
 * held, and may change what they recorded until the first signature; the apprentice and
 * their line manager each sign it once, and it is complete when both have. A signature
 * freezes it. A scheduled review has a date, a time and a place or an online link; it is
 * open until it is held (recording it held turns this same row into the review held) or
 * the coach cancels it with a reason.
 */
@Entity
@Table(name = "progress_reviews")
class ProgressReview extends BaseEntity {

	static final int SUMMARY_MAX_LENGTH = 4000;

	static final int REASON_MAX_LENGTH = 1000;

	static final int MAX_ACTIONS = 10;

	static final int COMMENT_MAX_LENGTH = 1000;

	@Column(name = "apprentice_id", nullable = false, updatable = false)
	private long apprenticeId;

	@Column(name = "scheduled_for")
	private @Nullable LocalDate scheduledFor;

	@Column(name = "scheduled_time")
	private @Nullable LocalTime scheduledTime;

	@Column(length = ReviewVenue.PLACE_MAX_LENGTH)
	private @Nullable String place;

	@Column(name = "online_link", length = ReviewVenue.LINK_MAX_LENGTH)
	private @Nullable String onlineLink;

	@Column(name = "cancelled_by")
	private @Nullable Long cancelledBy;

	@Column(name = "cancelled_at")
	private @Nullable Instant cancelledAt;

	@Column(name = "cancel_reason", length = REASON_MAX_LENGTH)
	private @Nullable String cancelReason;

	@Column(name = "held_on")
	private @Nullable LocalDate heldOn;

	@Column(length = SUMMARY_MAX_LENGTH)
	private @Nullable String summary;

	@Enumerated(EnumType.STRING)
	@Column(length = 5)
	private @Nullable ReviewRag rag;

	@Column(name = "rag_reason", length = REASON_MAX_LENGTH)
	private @Nullable String ragReason;

	@ElementCollection
	@CollectionTable(name = "progress_review_actions", joinColumns = @JoinColumn(name = "review_id"))
	@OrderColumn(name = "position")
	private List<AgreedAction> actions = new ArrayList<>();

	@ElementCollection
	@CollectionTable(name = "progress_review_follow_ups", joinColumns = @JoinColumn(name = "review_id"))
	@OrderColumn(name = "position")
	private List<ActionFollowUp> followUps = new ArrayList<>();

	@Column(name = "recorded_by")
	private @Nullable Long recordedBy;

	@Column(name = "recorded_at")
	private @Nullable Instant recordedAt;

	@Column(name = "apprentice_signed_by")
	private @Nullable Long apprenticeSignedBy;

	@Column(name = "apprentice_signed_name", length = 200)
	private @Nullable String apprenticeSignedName;

	@Column(name = "apprentice_signed_at")
	private @Nullable Instant apprenticeSignedAt;

	@Column(name = "apprentice_comment", length = COMMENT_MAX_LENGTH)
	private @Nullable String apprenticeComment;

	@Column(name = "manager_signed_by")
	private @Nullable Long managerSignedBy;

	@Column(name = "manager_signed_name", length = 200)
	private @Nullable String managerSignedName;

	@Column(name = "manager_signed_at")
	private @Nullable Instant managerSignedAt;

	@Column(name = "manager_comment", length = COMMENT_MAX_LENGTH)
	private @Nullable String managerComment;

	@Column(name = "manager_signed_from_link", nullable = false)
	private boolean managerSignedFromLink;

	@Column(name = "created_at", nullable = false, updatable = false)
	private Instant createdAt;

	@Column(name = "updated_at", nullable = false)
	private Instant updatedAt;

	@Version
	private long version;

	protected ProgressReview() {
		this.createdAt = Instant.EPOCH;
		this.updatedAt = Instant.EPOCH;
	}

	private ProgressReview(long apprenticeId, Instant now) {
		this.apprenticeId = apprenticeId;
		this.createdAt = now;
		this.updatedAt = now;
	}

	/**
	 * A review planned for a date, today or later, at a time and a place or online link.
	 * @param apprenticeId the apprentice
	 * @param date the date
	 * @param time the time it starts
	 * @param venue where it is held
	 * @param today today's date
	 * @param now the time of scheduling
	 * @return the review
	 * @throws ReviewRuleException if the date is past
	 */
	static ProgressReview scheduled(long apprenticeId, LocalDate date, LocalTime time, ReviewVenue venue,
			LocalDate today, Instant now) {
		requireNotPast(date, today);
		ProgressReview review = new ProgressReview(apprenticeId, now);
		review.scheduledFor = date;
		review.scheduledTime = time;
		review.place = venue.place();
		review.onlineLink = venue.onlineLink();
		return review;
	}

	/**
	 * The coach cancels a review scheduled and not yet held, with a reason.
	 * @param reason why, checked
	 * @param coachId the coach
	 * @param now the time of cancelling
	 * @throws ReviewRuleException if it is held or already cancelled
	 */
	void cancel(TypedText reason, long coachId, Instant now) {
		requireOpen();
		this.cancelReason = reason.value();
		this.cancelledBy = coachId;
		this.cancelledAt = now;
		this.updatedAt = now;
	}

	private void requireOpen() {
		if (this.heldOn != null) {
			throw new ReviewRuleException("", "progressReview.alreadyHeld");
		}
		if (this.cancelledAt != null) {
			throw new ReviewRuleException("", "progressReview.cancelled");
		}
	}

	/**
	 * Whether the review is scheduled and neither held nor cancelled.
	 * @return true while open
	 */
	boolean isOpen() {
		return this.heldOn == null && this.cancelledAt == null;
	}

	/**
	 * A review held that was not scheduled.
	 * @param apprenticeId the apprentice
	 * @param content what was recorded, checked
	 * @param coachId the coach recording it
	 * @param now the time of recording
	 * @return the review
	 */
	static ProgressReview held(long apprenticeId, ReviewRecord content, long coachId, Instant now) {
		ProgressReview review = new ProgressReview(apprenticeId, now);
		review.record(content, coachId, now);
		return review;
	}

	/**
	 * Moves a review not yet held to another date, today or later.
	 * @param date the new date
	 * @param today today's date
	 * @param now the time of the change
	 * @throws ReviewRuleException if the date is past or the review already held
	 */
	void reschedule(LocalDate date, LocalDate today, Instant now) {
		requireNotPast(date, today);
		requireOpen();
		this.scheduledFor = date;
		this.updatedAt = now;
	}

	private static void requireNotPast(LocalDate date, LocalDate today) {
		if (date.isBefore(today)) {
			throw new ReviewRuleException("date", "progressReview.scheduled.past");
		}
	}

	/**
	 * Records what was said at the review, or changes it while no one has signed.
	 * @param content what was recorded, checked
	 * @param coachId the coach recording it
	 * @param now the time of the change
	 * @throws ReviewRuleException once signed
	 */
	void record(ReviewRecord content, long coachId, Instant now) {
		if (isSigned()) {
			throw new ReviewRuleException("", "progressReview.signed");
		}
		if (this.cancelledAt != null) {
			throw new ReviewRuleException("", "progressReview.cancelled");
		}
		this.heldOn = content.heldOn();
		this.summary = content.summary().value();
		this.rag = content.rag();
		this.ragReason = content.ragReason().value();
		this.actions.clear();
		this.actions.addAll(content.actions());
		this.followUps.clear();
		this.followUps.addAll(content.followUps());
		this.recordedBy = coachId;
		this.recordedAt = now;
		this.updatedAt = now;
	}

	/**
	 * The apprentice signs the review held, once, with a comment of their own if they
	 * wish.
	 * @param accountId their account
	 * @param name their name, as signed
	 * @param comment their comment, checked, if any
	 * @param now the time of signing
	 * @throws ReviewRuleException if not held yet or already signed by them
	 */
	void signAsApprentice(long accountId, String name, @Nullable TypedText comment, Instant now) {
		requireHeld();
		if (this.apprenticeSignedAt != null) {
			throw new ReviewRuleException("", "progressReview.alreadySigned");
		}
		this.apprenticeSignedBy = accountId;
		this.apprenticeSignedName = name;
		this.apprenticeSignedAt = now;
		this.apprenticeComment = (comment != null) ? comment.value() : null;
		this.updatedAt = now;
	}

	/**
	 * The line manager signs the review held, once, with a comment of their own if they
	 * wish.
	 * @param accountId their account
	 * @param name their name, as signed
	 * @param comment their comment, checked, if any
	 * @param now the time of signing
	 * @throws ReviewRuleException if not held yet or already signed by them
	 */
	void signAsLineManager(long accountId, String name, @Nullable TypedText comment, Instant now) {
		signAsLineManager(accountId, name, comment, now, false);
	}

	/**
	 * The line manager signs the review held, once, signed in or from the one-time link
	 * emailed to them, with a comment of their own if they wish.
	 * @param accountId their account
	 * @param name their name, as signed
	 * @param comment their comment, checked, if any
	 * @param now the time of signing
	 * @param fromEmailedLink whether they signed from the emailed link
	 * @throws ReviewRuleException if not held yet or already signed by them
	 */
	void signAsLineManager(long accountId, String name, @Nullable TypedText comment, Instant now,
			boolean fromEmailedLink) {
		requireHeld();
		if (this.managerSignedAt != null) {
			throw new ReviewRuleException("", "progressReview.alreadySigned");
		}
		this.managerSignedBy = accountId;
		this.managerSignedName = name;
		this.managerSignedAt = now;
		this.managerComment = (comment != null) ? comment.value() : null;
		this.managerSignedFromLink = fromEmailedLink;
		this.updatedAt = now;
	}

	private void requireHeld() {
		if (this.heldOn == null) {
			throw new ReviewRuleException("", "progressReview.notHeld");
		}
	}

	/**
	 * What the rules of who may do what need to know of the review.
	 * @return whether it is held, and who has signed it
	 */
	ReviewRules.Facts facts() {
		return new ReviewRules.Facts(this.heldOn != null, this.apprenticeSignedAt != null, this.managerSignedAt != null,
				this.cancelledAt != null);
	}

	boolean isSigned() {
		return this.apprenticeSignedAt != null || this.managerSignedAt != null;
	}

	ReviewStatus status() {
		if (this.cancelledAt != null) {
			return ReviewStatus.CANCELLED;
		}
		if (this.heldOn == null) {
			return ReviewStatus.SCHEDULED;
		}
		return (this.apprenticeSignedAt != null && this.managerSignedAt != null) ? ReviewStatus.COMPLETE
				: ReviewStatus.AWAITING_SIGNATURES;
	}

	long getApprenticeId() {
		return this.apprenticeId;
	}

	@Nullable LocalDate getScheduledFor() {
		return this.scheduledFor;
	}

	@Nullable LocalDate getHeldOn() {
		return this.heldOn;
	}

	/**
	 * The actions agreed, for the review that follows it up.
	 * @return the actions, in order
	 */
	List<AgreedAction> actions() {
		return List.copyOf(this.actions);
	}

	long getVersion() {
		return this.version;
	}

	ReviewView toView() {
		return new ReviewView(requireId(), status(), this.scheduledFor, this.heldOn, this.summary, this.rag,
				this.ragReason, List.copyOf(this.actions),
				(this.apprenticeSignedAt != null) ? new ReviewView.Signature(this.apprenticeSignedName,
						this.apprenticeSignedAt, this.apprenticeComment) : null,
				(this.managerSignedAt != null) ? new ReviewView.Signature(this.managerSignedName, this.managerSignedAt,
						this.managerComment, this.managerSignedFromLink) : null,
				this.version, this.scheduledTime, this.place, this.onlineLink, this.cancelReason,
				List.copyOf(this.followUps));
	}

}
