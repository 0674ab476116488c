package org.hcstracker.programme;

import java.util.EnumSet;
import java.util.Set;

/**
 * Where an apprentice is in the programme, with the transitions the programme allows.
 */
public enum ApprenticeStatus {

	/** Learning on programme; every enrolment starts here. */
	ON_PROGRAMME,

	/** A break in learning; the clock of the programme stops. */
	BREAK_IN_LEARNING,

	/** The line manager has approved gateway; waiting for an assessor. */
	GATEWAY,

	/** An assessor is assigned; the end-point assessment is under way. */
	IN_EPA,

	/** The overall grade is confirmed as a pass. */
	COMPLETED,

	/** Left the programme before completing it. */
	WITHDRAWN;

	/**
	 * Whether the programme allows moving from this status to another.
	 * @param next the status to move to
	 * @return true if allowed
	 */
	public boolean canTransitionTo(ApprenticeStatus next) {
		return allowedNext().contains(next);
	}

	private Set<ApprenticeStatus> allowedNext() {
		return switch (this) {
			case ON_PROGRAMME -> EnumSet.of(BREAK_IN_LEARNING, GATEWAY, WITHDRAWN);
			case BREAK_IN_LEARNING -> EnumSet.of(ON_PROGRAMME, WITHDRAWN);
			case GATEWAY -> EnumSet.of(IN_EPA, ON_PROGRAMME, WITHDRAWN);
			case IN_EPA -> EnumSet.of(COMPLETED, WITHDRAWN);
			case COMPLETED -> EnumSet.of(IN_EPA);
			case WITHDRAWN -> EnumSet.noneOf(ApprenticeStatus.class);
		};
	}

	/**
	 * Whether the apprentice is still before gateway approval, when the EPAO may still be
	 * chosen or changed.
	 * @return true on programme or on a break
	 */
	public boolean isBeforeGateway() {
		return this == ON_PROGRAMME || this == BREAK_IN_LEARNING;
	}

}
