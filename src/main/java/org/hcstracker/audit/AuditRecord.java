package org.hcstracker.audit;

import java.util.Objects;

import org.jspecify.annotations.Nullable;

/**
 * One state change to record: who did what to which object, and the object's state before
 * and after in a short, readable form. Texts longer than the trail keeps are shortened
 * with an ellipsis rather than refused, because recording the change matters more than
 * its last characters.
 *
 * @param actor who made the change
 * @param action what was done, an upper-case code such as {@code EVIDENCE_ACCEPTED}
 * @param subjectType the kind of object changed, such as {@code Evidence}
 * @param subjectId the id of the object changed
 * @param apprenticeId the apprentice the change concerns, if any
 * @param before the state before, if there was one
 * @param after the state after, if there is one
 */
public record AuditRecord(Actor actor, String action, String subjectType, long subjectId, @Nullable Long apprenticeId,
		@Nullable String before, @Nullable String after) {

	static final int STATE_MAX_LENGTH = 4000;

	static final int CODE_MAX_LENGTH = 60;

	public AuditRecord {
		Objects.requireNonNull(actor, "actor");
		action = checkedCode(action, "action");
		subjectType = checkedCode(subjectType, "subjectType");
		before = shortened(before);
		after = shortened(after);
	}

	/**
	 * Starts a record with no apprentice and no states.
	 * @param actor who made the change
	 * @param action what was done
	 * @param subjectType the kind of object changed
	 * @param subjectId its id
	 * @return the record
	 */
	public static AuditRecord of(Actor actor, String action, String subjectType, long subjectId) {
		return new AuditRecord(actor, action, subjectType, subjectId, null, null, null);
	}

	public AuditRecord apprentice(long id) {
		return new AuditRecord(this.actor, this.action, this.subjectType, this.subjectId, id, this.before, this.after);
	}

	public AuditRecord before(@Nullable String state) {
		return new AuditRecord(this.actor, this.action, this.subjectType, this.subjectId, this.apprenticeId, state,
				this.after);
	}

	public AuditRecord after(@Nullable String state) {
		return new AuditRecord(this.actor, this.action, this.subjectType, this.subjectId, this.apprenticeId,
				this.before, state);
	}

	private static String checkedCode(String code, String what) {
		if (code.isBlank() || code.length() > CODE_MAX_LENGTH) {
			throw new IllegalArgumentException(what + " must have 1 to " + CODE_MAX_LENGTH + " characters");
		}
		return code;
	}

	private static @Nullable String shortened(@Nullable String state) {
		if (state == null || state.length() <= STATE_MAX_LENGTH) {
			return state;
		}
		return state.substring(0, STATE_MAX_LENGTH - 1) + "…";
	}

	/**
	 * Who made a change: a signed-in account, or the application itself (for example
	 * while loading demo data), named in words.
	 *
	 * @param accountId the account, or null for the application itself
	 * @param name the person's name or email, or what the application was doing
	 */
	public record Actor(@Nullable Long accountId, String name) {

		static final int NAME_MAX_LENGTH = 320;

		public Actor {
			if (name.isBlank() || name.length() > NAME_MAX_LENGTH) {
				throw new IllegalArgumentException("An actor's name has 1 to " + NAME_MAX_LENGTH + " characters");
			}
		}

		public static Actor account(long accountId, String name) {
			return new Actor(accountId, name);
		}

		public static Actor system(String what) {
			return new Actor(null, what);
		}

	}

}
