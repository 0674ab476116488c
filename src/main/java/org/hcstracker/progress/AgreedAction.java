package org.hcstracker.progress;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/**
 * An action agreed at a progress review, with the date it should be done by.
 *
 * @param description what is to be done
 * @param targetDate by when
 */
@Embeddable
public record AgreedAction(@Column(nullable = false, length = AgreedAction.MAX_LENGTH) String description,
		@Column(name = "target_date", nullable = false) LocalDate targetDate) {

	/** The longest description. */
	public static final int MAX_LENGTH = 500;

}
