package org.hcstracker.portfolio;

import org.hcstracker.people.CurrentUser;
import org.hcstracker.programme.ApprenticeRef;
import org.hcstracker.programme.ApprenticeStatus;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;

/**
 * Who may do what with an apprentice's evidence now, and why not: the one set of rules
 * that both decides what the pages offer and refuses a change sent anyway. Each answers
 * from how the person stands to the apprentice (the apprentice themselves, their coach,
 * or someone who only reads), the apprentice's status and the evidence's own. Who may see
 * the evidence at all is {@link EvidenceAccess}'s rule.
 */
final class EvidenceRules {

	private EvidenceRules() {
	}

	/** How the person stands to the apprentice's portfolio. */
	enum Relation {

		/** The apprentice themselves: writes, submits and takes back their evidence. */
		OWNER,

		/** Their coach: accepts or returns evidence submitted. */
		COACH,

		/** Anyone else who may see the apprentice: reads only. */
		READER;

		static Relation of(ApprenticeRef apprentice, CurrentUser viewer) {
			if (EvidenceAccess.isOwner(apprentice, viewer)) {
				return OWNER;
			}
			return EvidenceAccess.isCoach(apprentice, viewer) ? COACH : READER;
		}

	}

	/**
	 * Why an action is not open now.
	 *
	 * @param field the form field it concerns, or empty for the form as a whole
	 * @param messageKey the message, or {@link #NOT_YOURS}'s for an action that is
	 * someone else's
	 */
	record Refusal(String field, String messageKey) {

		/**
		 * The action belongs to someone else: the page does not offer it, the change is
		 * refused.
		 */
		static final Refusal NOT_YOURS = new Refusal("", "evidence.notYours");

		/**
		 * Whether the person may see this action at all.
		 * @return false when it belongs to someone else
		 */
		boolean concernsViewer() {
			return !NOT_YOURS.equals(this);
		}

		/**
		 * Refuses the change: forbidden for someone else's action, the reason otherwise.
		 * @return the exception to throw
		 */
		RuntimeException exception() {
			return concernsViewer() ? new EvidenceRuleException(this.field, this.messageKey)
					: new AccessDeniedException("Not this person's part of the portfolio");
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
	 * Whether the apprentice's own evidence may still change: not once they have
	 * completed or been withdrawn.
	 * @param status the apprentice's status
	 * @return true while on programme, on a break, at gateway or in EPA
	 */
	static boolean isActive(ApprenticeStatus status) {
		return status != ApprenticeStatus.WITHDRAWN && status != ApprenticeStatus.COMPLETED;
	}

	/** Logging a new piece of evidence: the apprentice, while still on the programme. */
	static @Nullable Refusal log(Relation relation, ApprenticeStatus apprentice) {
		if (relation != Relation.OWNER) {
			return Refusal.NOT_YOURS;
		}
		return isActive(apprentice) ? null : new Refusal("", "evidence.apprenticeNotActive");
	}

	/**
	 * Editing what the evidence says: a draft, or evidence returned to the apprentice.
	 */
	static @Nullable Refusal edit(Relation relation, ApprenticeStatus apprentice, EvidenceStatus evidence) {
		Refusal logging = log(relation, apprentice);
		if (logging != null) {
			return logging;
		}
		return evidence.isEditable() ? null : new Refusal("", "evidence.notEditable");
	}

	/** Adding or removing files: as for editing. */
	static @Nullable Refusal files(Relation relation, ApprenticeStatus apprentice, EvidenceStatus evidence) {
		Refusal logging = log(relation, apprentice);
		if (logging != null) {
			return logging;
		}
		return evidence.isEditable() ? null : new Refusal("files", "evidence.files.frozen");
	}

	/** Submitting it to the coach: a draft, or evidence returned. */
	static @Nullable Refusal submit(Relation relation, ApprenticeStatus apprentice, EvidenceStatus evidence) {
		return move(log(relation, apprentice), evidence, EvidenceStatus.SUBMITTED);
	}

	/** Taking it back to draft: submitted, until the coach acts. */
	static @Nullable Refusal takeBack(Relation relation, ApprenticeStatus apprentice, EvidenceStatus evidence) {
		return move(log(relation, apprentice), evidence, EvidenceStatus.DRAFT);
	}

	/**
	 * Accepting it, or returning it with feedback: the coach, while it is submitted.
	 */
	static @Nullable Refusal decide(Relation relation, EvidenceStatus evidence) {
		Refusal deciding = decider(relation);
		if (deciding != null) {
			return deciding;
		}
		return (evidence == EvidenceStatus.SUBMITTED) ? null : new Refusal("", "evidence.transition.notAllowed");
	}

	/**
	 * Deciding on evidence at all, whatever its status: only the apprentice's coach.
	 */
	static @Nullable Refusal decider(Relation relation) {
		return (relation != Relation.COACH) ? Refusal.NOT_YOURS : null;
	}

	/**
	 * Writing in the conversation on the evidence: the apprentice or their coach, while
	 * the evidence is with the coach or returned, and the apprentice still on the
	 * programme. A draft has no conversation (the coach does not see it), and accepted
	 * evidence is frozen with its thread, which the assessor then reads.
	 */
	static @Nullable Refusal post(Relation relation, ApprenticeStatus apprentice, EvidenceStatus evidence) {
		if (relation == Relation.READER) {
			return Refusal.NOT_YOURS;
		}
		if (!isActive(apprentice)) {
			return new Refusal(MessageText.FIELD, "evidence.message.apprenticeNotActive");
		}
		boolean open = evidence == EvidenceStatus.SUBMITTED || evidence == EvidenceStatus.RETURNED;
		return open ? null : new Refusal(MessageText.FIELD, "evidence.message.closed");
	}

	private static @Nullable Refusal move(@Nullable Refusal logging, EvidenceStatus evidence, EvidenceStatus next) {
		if (logging != null) {
			return logging;
		}
		return evidence.canTransitionTo(next) ? null : new Refusal("", "evidence.transition.notAllowed");
	}

}
