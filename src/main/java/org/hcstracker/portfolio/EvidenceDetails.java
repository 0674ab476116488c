package org.hcstracker.portfolio;

import java.time.LocalDate;
import java.util.Set;

/**
 * What the apprentice writes about a piece of evidence: a title of at most
 * {@value #TITLE_MAX_LENGTH} characters and a description of at most
 * {@value #DESCRIPTION_MAX_LENGTH}, neither blank (both stripped).
 *
 * @param title a short title
 * @param activityDate when the activity took place
 * @param type what kind of evidence it is
 * @param description the description and reflection
 * @param areaIds the programme areas it is mapped to
 * @param ksbIds the KSB statements it is mapped to; each also counts for its area
 */
public record EvidenceDetails(String title, LocalDate activityDate, EvidenceType type, String description,
		Set<Long> areaIds, Set<Long> ksbIds) {

	static final int TITLE_MAX_LENGTH = 200;

	static final int DESCRIPTION_MAX_LENGTH = 10_000;

	/**
	 * Checks and keeps what the apprentice wrote.
	 * @throws EvidenceRuleException if the title or the description is blank or too long
	 */
	public EvidenceDetails {
		title = title.strip();
		description = description.strip();
		areaIds = Set.copyOf(areaIds);
		ksbIds = Set.copyOf(ksbIds);
		if (title.isEmpty() || title.length() > TITLE_MAX_LENGTH) {
			throw new EvidenceRuleException("title", "evidence.title.invalid");
		}
		if (description.isEmpty() || description.length() > DESCRIPTION_MAX_LENGTH) {
			throw new EvidenceRuleException("description", "evidence.description.invalid");
		}
	}

}
