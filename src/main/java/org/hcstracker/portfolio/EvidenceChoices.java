package org.hcstracker.portfolio;

import java.time.Clock;

import org.hcstracker.programme.ApprenticeRef;
import org.hcstracker.programme.ReferenceDataService;
import org.hcstracker.programme.StandardVersionService;
import org.hcstracker.shared.UkTime;
import org.springframework.stereotype.Component;

/**
 * The mapping rules of one apprentice's evidence today, from the programme's areas and
 * the statements of their standard version.
 */
@Component
class EvidenceChoices {

	private final ReferenceDataService referenceData;

	private final StandardVersionService standards;

	private final Clock clock;

	EvidenceChoices(ReferenceDataService referenceData, StandardVersionService standards, Clock clock) {
		this.referenceData = referenceData;
		this.standards = standards;
		this.clock = clock;
	}

	MappingRules rulesFor(ApprenticeRef apprentice) {
		return new MappingRules(apprentice.startDate(), UkTime.today(this.clock), this.referenceData.programmeAreas(),
				this.standards.ksbsOf(apprentice.standardVersionId()));
	}

}
