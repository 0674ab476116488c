package org.hcstracker.portfolio;

import java.util.Set;

/**
 * Where a piece of evidence counts: the programme areas (those chosen and those of its
 * KSB statements) and the statements. Evidence always counts for at least one area.
 *
 * @param areaIds the programme areas
 * @param ksbIds the KSB statements, possibly none
 */
record EvidenceMapping(Set<Long> areaIds, Set<Long> ksbIds) {

	EvidenceMapping {
		areaIds = Set.copyOf(areaIds);
		ksbIds = Set.copyOf(ksbIds);
		if (areaIds.isEmpty()) {
			throw new EvidenceRuleException("areaIds", "evidence.areas.required");
		}
	}

}
