package org.hcstracker.progress;

import org.hcstracker.people.CurrentUser;
import org.hcstracker.people.Role;
import org.hcstracker.programme.ApprenticeRef;
import org.hcstracker.programme.ApprenticeStatus;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;

/**
 * Who may do what with an apprentice's off-the-job training log now, and why not: the one
 * set of rules that both decides what the log's page offers and refuses a change sent
 * anyway. Each answers from how the person stands to the apprentice (the apprentice
 * themselves, their coach, or someone who only reads), the apprentice's status and the
 * entry's.
 */
final class OffTheJobRules {

	private OffTheJobRules() {
	}

	/** How the person stands to the apprentice's log. */
	enum Relation {

		/** The apprentice themselves: records and amends entries. */
		OWNER,

		/** Their coach: approves or queries entries. */
		COACH,

		/** Anyone else who may see the apprentice's progress: reads only. */
		READER;

		static Relation of(ApprenticeRef apprentice, CurrentUser viewer) {
			if (viewer.role() == Role.APPRENTICE && apprentice.accountId() == viewer.accountId()) {
				return OWNER;
			}
			return (viewer.role() == Role.COACH && apprentice.coachId() == viewer.accountId()) ? COACH : READER;
		}

		static Relation of(boolean owner, boolean coach) {
			return owner ? OWNER : coach ? COACH : READER;
		}

	}

	/**
	 * Why an action is not open now.
	 *
	 * @param messageKey the message, or {@link #NOT_YOURS}'s for an action that is
	 * someone else's
	 */
	record Refusal(String messageKey) {

		/**
		 * The action belongs to someone else: the page does not offer it, the change is
		 * forbidden.
		 */
		static final Refusal NOT_YOURS = new Refusal("otj.notYours");

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
			return concernsViewer() ? new OffTheJobRuleException("", this.messageKey)
					: new AccessDeniedException("Not this person's part of the off-the-job log");
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

	/** Recording an entry: the apprentice, until they complete or are withdrawn. */
	static @Nullable Refusal record(Relation relation, ApprenticeStatus apprentice) {
		if (relation != Relation.OWNER) {
			return Refusal.NOT_YOURS;
		}
		boolean active = apprentice != ApprenticeStatus.WITHDRAWN && apprentice != ApprenticeStatus.COMPLETED;
		return active ? null : new Refusal("otj.apprenticeNotActive");
	}

	/** Amending an entry: as for recording, until the coach approves it. */
	static @Nullable Refusal amend(Relation relation, ApprenticeStatus apprentice, OffTheJobStatus entry) {
		Refusal recording = record(relation, apprentice);
		if (recording != null) {
			return recording;
		}
		return entry.isEditable() ? null : new Refusal("otj.notEditable");
	}

	/** Deciding on entries at all, whatever their status: only the apprentice's coach. */
	static @Nullable Refusal decider(Relation relation) {
		return (relation != Relation.COACH) ? Refusal.NOT_YOURS : null;
	}

	/** Approving an entry, or querying it with a reason: the coach, while it waits. */
	static @Nullable Refusal decide(Relation relation, OffTheJobStatus entry) {
		Refusal deciding = decider(relation);
		if (deciding != null) {
			return deciding;
		}
		return (entry == OffTheJobStatus.AWAITING_APPROVAL) ? null : new Refusal("otj.notAwaiting");
	}

}
