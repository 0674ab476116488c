package org.hcstracker.programme;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hcstracker.programme.ApprenticeStatus.BREAK_IN_LEARNING;
import static org.hcstracker.programme.ApprenticeStatus.COMPLETED;
import static org.hcstracker.programme.ApprenticeStatus.GATEWAY;
import static org.hcstracker.programme.ApprenticeStatus.IN_EPA;
import static org.hcstracker.programme.ApprenticeStatus.ON_PROGRAMME;
import static org.hcstracker.programme.ApprenticeStatus.WITHDRAWN;

/**
 * The whole transition table of domain.md, every pair of statuses.
 */
class ApprenticeStatusTests {

	private static final Map<ApprenticeStatus, Set<ApprenticeStatus>> ALLOWED = Map.of(ON_PROGRAMME,
			EnumSet.of(BREAK_IN_LEARNING, GATEWAY, WITHDRAWN), BREAK_IN_LEARNING, EnumSet.of(ON_PROGRAMME, WITHDRAWN),
			GATEWAY, EnumSet.of(IN_EPA, ON_PROGRAMME, WITHDRAWN), IN_EPA, EnumSet.of(COMPLETED, WITHDRAWN), COMPLETED,
			EnumSet.of(IN_EPA), WITHDRAWN, EnumSet.noneOf(ApprenticeStatus.class));

	@ParameterizedTest
	@EnumSource(ApprenticeStatus.class)
	void eachStatusAllowsExactlyTheTransitionsOfTheProgramme(ApprenticeStatus from) {
		for (ApprenticeStatus to : ApprenticeStatus.values()) {
			assertThat(from.canTransitionTo(to)).as("%s → %s", from, to).isEqualTo(ALLOWED.get(from).contains(to));
		}
	}

	@ParameterizedTest
	@EnumSource(ApprenticeStatus.class)
	void onlyStatusesBeforeCompletionCanEndInWithdrawal(ApprenticeStatus from) {
		assertThat(from.canTransitionTo(WITHDRAWN)).isEqualTo(from != COMPLETED && from != WITHDRAWN);
	}

	@ParameterizedTest
	@EnumSource(ApprenticeStatus.class)
	void theEpaoMayChangeOnlyBeforeGateway(ApprenticeStatus status) {
		assertThat(status.isBeforeGateway()).isEqualTo(status == ON_PROGRAMME || status == BREAK_IN_LEARNING);
	}

}
