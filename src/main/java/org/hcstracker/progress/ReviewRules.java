package org.hcstracker.progress;

import org.hcstracker.people.CurrentUser;
import org.hcstracker.people.Role;
import org.hcstracker.programme.ApprenticeRef;
import org.hcstracker.programme.ApprenticeStatus;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;

/**
 * Who may do what with an apprentice's progress reviews now, and why not: the one set of
 * rules that both decides what the pages offer and refuses a change sent anyway. Each
 * answers from how the person stands to the apprentice (their coach, the apprentice,
 * their own line manager, or someone who only reads), the apprentice's status and the
 * review's state.
 */
final class ReviewRules {

	private ReviewRules() {
	}

	/** How the person stands to the apprentice's reviews. */
	enum Relation {

		/** Their coach: schedules, records and changes reviews. */
		COACH,

		/** The apprentice themselves: signs. */
		APPRENTICE,

		/** Their own line manager: signs. */
		LINE_MANAGER,

		/** Anyone else who may see the apprentice's progress: reads only. */
		READER;

		static Relation of(ApprenticeRef apprentice, CurrentUser viewer) {
			if (viewer.role() == Role.COACH && apprentice.coachId() == viewer.accountId()) {
				return COACH;
			}
			if (viewer.role() == Role.APPRENTICE && apprentice.accountId() == viewer.accountId()) {
				return APPRENTICE;
			}
			if (viewer.role() == Role.EMPLOYER && apprentice.lineManagerId() == viewer.accountId()) {
				return LINE_MANAGER;
			}
			return READER;
		}

	}

	/**
	 * What the rules need to know of a review.
	 *
	 * @param held whether it has been held and recorded
	 * @param signedByApprentice whether the apprentice has signed it
	 * @param signedByLineManager whether the line manager has signed it
	 * @param cancelled whether the coach cancelled it before it was held
	 */
	record Facts(boolean held, boolean signedByApprentice, boolean signedByLineManager, boolean cancelled) {

		static Facts of(ReviewView review) {
			return new Facts(review.heldOn() != null, review.apprenticeSignature() != null,
					review.lineManagerSignature() != null, review.status() == ReviewStatus.CANCELLED);
		}

		boolean signed() {
			return this.signedByApprentice || this.signedByLineManager;
		}

	}

	/**
	 * Why an action is not open now.
	 *
	 * @param field the form field it concerns, or empty for the form as a whole
	 * @param messageKey the message
	 */
	record Refusal(String field, String messageKey) {

		/**
		 * Recording is the coach's: the page does not offer it, the change is forbidden.
		 */
		static final Refusal NOT_YOURS = new Refusal("", "progressReview.notYours");

		/**
		 * Signing is the apprentice's and the line manager's: the page does not offer it,
		 * and a signature sent anyway is refused with a message.
		 */
		static final Refusal NOT_A_SIGNER = new Refusal("", "progressReview.sign.notYours");

		/**
		 * Whether the person may see this action at all.
		 * @return false when it belongs to someone else
		 */
		boolean concernsViewer() {
			return !NOT_YOURS.equals(this) && !NOT_A_SIGNER.equals(this);
		}

		/**
		 * Refuses the change.
		 * @return the exception to throw
		 */
		RuntimeException exception() {
			return NOT_YOURS.equals(this)
					? new AccessDeniedException("Only the apprentice's coach records their reviews")
					: new ReviewRuleException(this.field, this.messageKey);
		}

	}

	/**
	 * Throws the refusal, if there is one.
	 * @param refusal the refusal, or null when the action is open
	 */
	static void require(@Nullable Refusal refusal) {
		if (refusal != null) {
			throw refusal.exception();
		}
	}

	/**
	 * Whether reviews are still recorded for the apprentice: not once they have completed
	 * or been withdrawn.
	 * @param status the apprentice's status
	 * @return true before completion or withdrawal
	 */
	static boolean isActive(ApprenticeStatus status) {
		return status != ApprenticeStatus.WITHDRAWN && status != ApprenticeStatus.COMPLETED;
	}

	/**
	 * Scheduling a review, or recording one held that was not scheduled: the coach, while
	 * the apprentice is on the programme.
	 */
	static @Nullable Refusal schedule(Relation relation, ApprenticeStatus apprentice) {
		if (relation != Relation.COACH) {
			return Refusal.NOT_YOURS;
		}
		return isActive(apprentice) ? null : new Refusal("", "progressReview.apprenticeNotActive");
	}

	/** Moving a review not yet held to another date. */
	static @Nullable Refusal reschedule(Relation relation, ApprenticeStatus apprentice, Facts review) {
		Refusal scheduling = schedule(relation, apprentice);
		if (scheduling != null) {
			return scheduling;
		}
		return open(review);
	}

	/**
	 * Cancelling a review scheduled and not yet held: the coach, while the apprentice is
	 * on the programme.
	 */
	static @Nullable Refusal cancel(Relation relation, ApprenticeStatus apprentice, Facts review) {
		Refusal scheduling = schedule(relation, apprentice);
		if (scheduling != null) {
			return scheduling;
		}
		return open(review);
	}

	private static @Nullable Refusal open(Facts review) {
		if (review.cancelled()) {
			return new Refusal("", "progressReview.cancelled");
		}
		return review.held() ? new Refusal("", "progressReview.alreadyHeld") : null;
	}

	/** Recording a scheduled review once held, or changing one no one has signed. */
	static @Nullable Refusal record(Relation relation, ApprenticeStatus apprentice, Facts review) {
		Refusal scheduling = schedule(relation, apprentice);
		if (scheduling != null) {
			return scheduling;
		}
		if (review.cancelled()) {
			return new Refusal("", "progressReview.cancelled");
		}
		return review.signed() ? new Refusal("", "progressReview.signed") : null;
	}

	/**
	 * Signing a review held: the apprentice and their own line manager, each once. A
	 * review is signed whatever the apprentice's status, so that one held before they
	 * left or completed is still agreed.
	 */
	static @Nullable Refusal sign(Relation relation, Facts review) {
		if (relation != Relation.APPRENTICE && relation != Relation.LINE_MANAGER) {
			return Refusal.NOT_A_SIGNER;
		}
		if (!review.held()) {
			return new Refusal("", "progressReview.notHeld");
		}
		boolean signed = (relation == Relation.APPRENTICE) ? review.signedByApprentice() : review.signedByLineManager();
		return signed ? new Refusal("", "progressReview.alreadySigned") : null;
	}

}
