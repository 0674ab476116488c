package org.hcstracker.portfolio;

import java.time.LocalDate;
import java.util.Set;

/**
 * What the apprentice writes about a piece of evidence.
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

	public EvidenceDetails {
		title = title.strip();
		description = description.strip();
		areaIds = Set.copyOf(areaIds);
		ksbIds = Set.copyOf(ksbIds);
	}

}
