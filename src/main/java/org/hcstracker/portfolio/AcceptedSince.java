package org.hcstracker.portfolio;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.hcstracker.portfolio.EvidenceRepository.AreaOfEvidence;
import org.hcstracker.programme.ProgrammeAreaView;
import org.hcstracker.programme.ReferenceDataService;
import org.hcstracker.shared.UkTime;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What an apprentice's portfolio gained from a day on, for the coach holding a progress
 * review: how many pieces of evidence were accepted, and the programme areas they cover.
 * The caller has checked that the person may see the apprentice.
 */
@Service
public class AcceptedSince {

	private final EvidenceRepository evidence;

	private final ReferenceDataService referenceData;

	AcceptedSince(EvidenceRepository evidence, ReferenceDataService referenceData) {
		this.evidence = evidence;
		this.referenceData = referenceData;
	}

	/**
	 * The evidence accepted from a day on, and still accepted.
	 * @param apprenticeId the apprentice
	 * @param from the first day counted
	 * @return how many pieces, and the names of the areas they cover, in the programme's
	 * order
	 */
	@Transactional(readOnly = true)
	public Accepted since(long apprenticeId, LocalDate from) {
		List<AreaOfEvidence> rows = this.evidence.acceptedSince(apprenticeId, EvidenceStatus.ACCEPTED,
				UkTime.startOf(from));
		if (rows.isEmpty()) {
			return new Accepted(0, List.of());
		}
		Set<Long> pieces = new HashSet<>();
		Set<Long> areas = new HashSet<>();
		for (AreaOfEvidence row : rows) {
			pieces.add(row.evidenceId());
			areas.add(row.areaId());
		}
		List<String> names = this.referenceData.programmeAreas()
			.stream()
			.filter((area) -> areas.contains(area.id()))
			.map(ProgrammeAreaView::name)
			.toList();
		return new Accepted(pieces.size(), names);
	}

	/**
	 * Evidence accepted over a period.
	 *
	 * @param pieces how many pieces
	 * @param areas the names of the programme areas they cover
	 */
	public record Accepted(int pieces, List<String> areas) {

		public Accepted {
			areas = List.copyOf(areas);
		}

	}

}
