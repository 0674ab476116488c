package org.hcstracker.progress;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/**
 * An action agreed at a progress review, with the date it should be done by, and whether
 * it was carried forward from the review before.
 *
 * @param description what is to be done
 * @param targetDate by when
 * @param carriedForward whether it was agreed at the review before and carried forward
 */
@Embeddable
public record AgreedAction(@Column(nullable = false, length = AgreedAction.MAX_LENGTH) String description,
		@Column(name = "target_date", nullable = false) LocalDate targetDate,
		@Column(name = "carried_forward", nullable = false) boolean carriedForward) {

	/** The longest description. */
	public static final int MAX_LENGTH = 500;

	/**
	 * A new action, agreed at this review.
	 * @param description what is to be done
	 * @param targetDate by when
	 */
	public AgreedAction(String description, LocalDate targetDate) {
		this(description, targetDate, false);
	}

}
