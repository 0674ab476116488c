package org.hcstracker.gateway;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.hcstracker.gateway.GatewayRecord.RecordView;
import org.hcstracker.portfolio.PortfolioViews.AreaCoverage;
import org.hcstracker.portfolio.PortfolioViews.Coverage;
import org.hcstracker.portfolio.SelfAssessment;
import org.jspecify.annotations.Nullable;

/**
 * The gateway rule, in one place: ready when all five items are met. Maths, English and
 * the Diploma are met once the coach records them (with an uploaded certificate where the
 * grounds are a certificate or the Diploma achieved); the portfolio when every programme
 * area has accepted evidence and the coach has confirmed it (a confirmation does not
 * stand while an area has none); the self-assessment when the coach has accepted it.
 */
final class GatewayReadiness {

	private GatewayReadiness() {
	}

	static Readiness assess(Map<GatewayItem, RecordView> records, List<String> areasWithoutAccepted,
			SelfAssessment selfAssessment) {
		List<Readiness.ItemStatus> items = new ArrayList<>();
		for (GatewayItem item : GatewayItem.values()) {
			items.add(switch (item) {
				case MATHS, ENGLISH, DIPLOMA -> qualification(item, records.get(item));
				case PORTFOLIO -> portfolio(records.get(item), areasWithoutAccepted);
				case SELF_ASSESSMENT -> selfAssessment(selfAssessment);
			});
		}
		return new Readiness(items.stream().allMatch(Readiness.ItemStatus::met), items);
	}

	/**
	 * The programme areas without accepted evidence, as the checklist names them.
	 * @param coverage the portfolio's coverage
	 * @return each area's number and name
	 */
	static List<String> areasWithoutAccepted(Coverage coverage) {
		return coverage.areas()
			.stream()
			.filter(AreaCoverage::isGap)
			.map((area) -> area.number() + ". " + area.name())
			.toList();
	}

	private static Readiness.ItemStatus qualification(GatewayItem item, @Nullable RecordView record) {
		if (record == null) {
			return new Readiness.ItemStatus(item, false, null, null, null, null,
					List.of(reason("gateway.unmet." + item.name())));
		}
		if (record.basis().needsCertificate() && record.certificateId() == null) {
			return new Readiness.ItemStatus(item, false, record.basis(), record.achievedOn(), record.confirmedBy(),
					record.detail(), List.of(reason("gateway.unmet.certificate")));
		}
		return new Readiness.ItemStatus(item, true, record.basis(), record.achievedOn(), record.confirmedBy(),
				record.detail(), List.of());
	}

	private static Readiness.ItemStatus portfolio(@Nullable RecordView record, List<String> areasWithoutAccepted) {
		List<Readiness.Reason> reasons = new ArrayList<>();
		if (!areasWithoutAccepted.isEmpty()) {
			reasons.add(new Readiness.Reason("gateway.unmet.PORTFOLIO.areas",
					List.of(String.join(", ", areasWithoutAccepted))));
		}
		if (record == null) {
			reasons.add(reason("gateway.unmet.PORTFOLIO.confirmation"));
		}
		return new Readiness.ItemStatus(GatewayItem.PORTFOLIO, reasons.isEmpty(),
				(record != null) ? record.basis() : null, (record != null) ? record.achievedOn() : null,
				(record != null) ? record.confirmedBy() : null, null, reasons);
	}

	private static Readiness.ItemStatus selfAssessment(SelfAssessment selfAssessment) {
		return switch (selfAssessment.state()) {
			case ACCEPTED -> new Readiness.ItemStatus(GatewayItem.SELF_ASSESSMENT, true, null,
					selfAssessment.acceptedOn(), selfAssessment.acceptedBy(), null, List.of());
			case WAITING -> new Readiness.ItemStatus(GatewayItem.SELF_ASSESSMENT, false, null, null, null, null,
					List.of(reason("gateway.unmet.SELF_ASSESSMENT.waiting")));
			case NONE -> new Readiness.ItemStatus(GatewayItem.SELF_ASSESSMENT, false, null, null, null, null,
					List.of(reason("gateway.unmet.SELF_ASSESSMENT.none")));
		};
	}

	private static Readiness.Reason reason(String key) {
		return new Readiness.Reason(key, List.of());
	}

}
