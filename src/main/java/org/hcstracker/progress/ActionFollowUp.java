package org.hcstracker.progress;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Embeddable;

/**
 * An action of the review before and what became of it, kept with the review that
 * followed it up, as the action read then.
 *
 * @param description what was to be done
 * @param targetDate by when it was due
 * @param outcome what became of it
 */
@Embeddable
public record ActionFollowUp(@Column(nullable = false, length = AgreedAction.MAX_LENGTH) String description,
		@Column(name = "target_date", nullable = false) LocalDate targetDate,
		@Enumerated(EnumType.STRING) @Column(nullable = false, length = 15) ActionOutcome outcome) {
}
