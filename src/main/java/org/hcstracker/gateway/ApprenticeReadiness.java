package org.hcstracker.gateway;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.hcstracker.gateway.GatewayRecord.RecordView;
import org.hcstracker.people.CurrentUser;
import org.hcstracker.portfolio.PortfolioFacts;
import org.hcstracker.portfolio.PortfolioViews.Coverage;
import org.hcstracker.programme.ApprenticeRef;
import org.springframework.stereotype.Component;

/**
 * One apprentice's readiness as the person looking may see it, with the records and the
 * portfolio's coverage it was worked out from: what the checklist shows and what an
 * approval needs, by the rule of {@link GatewayReadiness}.
 */
@Component
class ApprenticeReadiness {

	private final GatewayRepository records;

	private final PortfolioFacts portfolio;

	ApprenticeReadiness(GatewayRepository records, PortfolioFacts portfolio) {
		this.records = records;
		this.portfolio = portfolio;
	}

	/**
	 * Works out an apprentice's readiness now; call within a transaction.
	 * @param ref the apprentice, already in the viewer's scope
	 * @param viewer who is looking
	 * @return the readiness and what it came from
	 */
	Assessment assess(ApprenticeRef ref, CurrentUser viewer) {
		Coverage coverage = this.portfolio.coverage(ref.id(), viewer);
		Map<GatewayItem, RecordView> recorded = new EnumMap<>(GatewayItem.class);
		this.records.findByApprenticeId(ref.id()).forEach((record) -> recorded.put(record.getItem(), record.toView()));
		List<String> gaps = GatewayReadiness.areasWithoutAccepted(coverage);
		Readiness readiness = GatewayReadiness.assess(recorded, gaps, this.portfolio.selfAssessment(ref.id(), viewer));
		return new Assessment(coverage, recorded, gaps, readiness);
	}

	/**
	 * An apprentice's readiness and what it was worked out from.
	 *
	 * @param coverage the programme areas' accepted and waiting evidence
	 * @param recorded what the coach recorded, by item
	 * @param areasWithoutAccepted the programme areas with no accepted evidence
	 * @param readiness ready or not, item by item
	 */
	record Assessment(Coverage coverage, Map<GatewayItem, RecordView> recorded, List<String> areasWithoutAccepted,
			Readiness readiness) {

		Assessment {
			recorded = Map.copyOf(recorded);
			areasWithoutAccepted = List.copyOf(areasWithoutAccepted);
		}

	}

}
