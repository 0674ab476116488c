package org.hcstracker.portfolio;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hcstracker.portfolio.EvidenceStatus.ACCEPTED;
import static org.hcstracker.portfolio.EvidenceStatus.DRAFT;
import static org.hcstracker.portfolio.EvidenceStatus.RETURNED;
import static org.hcstracker.portfolio.EvidenceStatus.SUBMITTED;

class EvidenceStatusTests {

	private static final Map<EvidenceStatus, Set<EvidenceStatus>> ALLOWED = Map.of(DRAFT, EnumSet.of(SUBMITTED),
			SUBMITTED, EnumSet.of(DRAFT, ACCEPTED, RETURNED), RETURNED, EnumSet.of(SUBMITTED), ACCEPTED,
			EnumSet.noneOf(EvidenceStatus.class));

	@ParameterizedTest
	@EnumSource(EvidenceStatus.class)
	void eachStatusAllowsExactlyThePortfoliosTransitions(EvidenceStatus from) {
		for (EvidenceStatus to : EvidenceStatus.values()) {
			assertThat(from.canTransitionTo(to)).as("%s → %s", from, to).isEqualTo(ALLOWED.get(from).contains(to));
		}
	}

	@ParameterizedTest
	@EnumSource(EvidenceStatus.class)
	void onlyDraftsAndReturnedEvidenceCanBeEdited(EvidenceStatus status) {
		assertThat(status.isEditable()).isEqualTo(status == DRAFT || status == RETURNED);
	}

}
