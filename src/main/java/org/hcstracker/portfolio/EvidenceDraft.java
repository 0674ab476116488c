package org.hcstracker.portfolio;

import java.time.LocalDate;
import java.util.Set;

import org.jspecify.annotations.Nullable;

/**
 * The parts of the evidence form the portfolio rules check, as entered so far (a part
 * possibly missing): what {@link MappingRules#refusals} checks, so that the form reports
 * the rules' refusals together with its own checks.
 *
 * @param activityDate when the activity took place, if entered
 * @param type the kind of evidence, if chosen
 * @param areaIds the programme areas chosen
 * @param ksbIds the KSB statements chosen
 */
record EvidenceDraft(@Nullable LocalDate activityDate, @Nullable EvidenceType type, Set<Long> areaIds,
		Set<Long> ksbIds) {

	static EvidenceDraft of(EvidenceDetails details) {
		return new EvidenceDraft(details.activityDate(), details.type(), details.areaIds(), details.ksbIds());
	}

}
