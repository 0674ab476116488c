package org.hcstracker.portfolio;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * Where a reflective self-assessment stands.
 *
 * @param state accepted, waiting for review, or none
 * @param acceptedOn when the coach accepted it
 * @param acceptedBy the coach who accepted it
 */
public record SelfAssessment(State state, @Nullable LocalDate acceptedOn, @Nullable String acceptedBy) {

	/**
	 * Where it stands.
	 */
	public enum State {

		/** Accepted by the coach. */
		ACCEPTED,

		/** Submitted, waiting for the coach. */
		WAITING,

		/** Not submitted yet. */
		NONE;

		/**
		 * Where a self-assessment in a status stands.
		 * @param status the evidence's status
		 * @return accepted, waiting, or none (a draft or returned)
		 */
		static State of(EvidenceStatus status) {
			return switch (status) {
				case ACCEPTED -> ACCEPTED;
				case SUBMITTED -> WAITING;
				case DRAFT, RETURNED -> NONE;
			};
		}

		/**
		 * The further of two states, for an apprentice with several self-assessments.
		 * @param one a state
		 * @param other another
		 * @return accepted over waiting over none
		 */
		static State furthest(State one, State other) {
			return (one.ordinal() <= other.ordinal()) ? one : other;
		}

	}

}
