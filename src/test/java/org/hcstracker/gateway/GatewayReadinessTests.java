package org.hcstracker.gateway;

import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import org.hcstracker.gateway.GatewayRecord.RecordView;
import org.hcstracker.portfolio.SelfAssessment;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;

class GatewayReadinessTests {

	private static final LocalDate DAY = LocalDate.of(2026, 10, 1);

	static Stream<Integer> combinations() {
		return IntStream.range(0, 32).boxed();
	}

	/**
	 * Each of the 32 combinations of the five items met or not: ready only when all are.
	 */
	@ParameterizedTest
	@MethodSource("combinations")
	void readyOnlyWhenAllFiveItemsAreMet(int combination) {
		boolean maths = (combination & 1) != 0;
		boolean english = (combination & 2) != 0;
		boolean diploma = (combination & 4) != 0;
		boolean portfolio = (combination & 8) != 0;
		boolean selfAssessment = (combination & 16) != 0;
		Map<GatewayItem, RecordView> records = new EnumMap<>(GatewayItem.class);
		if (maths) {
			records.put(GatewayItem.MATHS, record(GatewayItem.MATHS, QualificationBasis.CERTIFICATE));
		}
		if (english) {
			records.put(GatewayItem.ENGLISH, record(GatewayItem.ENGLISH, QualificationBasis.EXEMPT));
		}
		if (diploma) {
			records.put(GatewayItem.DIPLOMA, record(GatewayItem.DIPLOMA, QualificationBasis.ACHIEVED));
		}
		if (portfolio) {
			records.put(GatewayItem.PORTFOLIO, record(GatewayItem.PORTFOLIO, QualificationBasis.CONFIRMED));
		}
		Readiness readiness = GatewayReadiness.assess(records, List.of(), selfAssessment ? accepted() : none());

		assertThat(readiness.ready()).isEqualTo(combination == 31);
		assertThat(readiness.met()).isEqualTo(Integer.bitCount(combination));
		assertThat(readiness.items()).extracting(Readiness.ItemStatus::met)
			.containsExactly(maths, english, diploma, portfolio, selfAssessment);
		assertThat(readiness.items()).allMatch((item) -> item.met() == item.reasons().isEmpty());
	}

	@Test
	void aConfirmationCannotStandWhileAnAreaHasNoAcceptedEvidence() {
		Map<GatewayItem, RecordView> all = allRecorded();
		Readiness readiness = GatewayReadiness.assess(all, List.of("9. Leadership"), accepted());
		assertThat(readiness.ready()).isFalse();
		Readiness.ItemStatus portfolio = readiness.items().get(3);
		assertThat(portfolio.met()).isFalse();
		assertThat(portfolio.reasons())
			.containsExactly(new Readiness.Reason("gateway.unmet.PORTFOLIO.areas", List.of("9. Leadership")));
	}

	@Test
	void anUnconfirmedPortfolioWithGapsGivesBothReasons() {
		Map<GatewayItem, RecordView> records = allRecorded();
		records.remove(GatewayItem.PORTFOLIO);
		Readiness.ItemStatus portfolio = GatewayReadiness
			.assess(records, List.of("7. Audit and service improvement", "9. Leadership"), accepted())
			.items()
			.get(3);
		assertThat(portfolio.reasons()).extracting(Readiness.Reason::messageKey)
			.containsExactly("gateway.unmet.PORTFOLIO.areas", "gateway.unmet.PORTFOLIO.confirmation");
		assertThat(portfolio.reasons().get(0).arguments())
			.containsExactly("7. Audit and service improvement, 9. Leadership");
	}

	@Test
	void aSelfAssessmentWaitingForTheCoachIsNotYetMet() {
		Readiness readiness = GatewayReadiness.assess(allRecorded(), List.of(),
				new SelfAssessment(SelfAssessment.State.WAITING, null, null));
		assertThat(readiness.ready()).isFalse();
		assertThat(readiness.items().get(4).reasons()).extracting(Readiness.Reason::messageKey)
			.containsExactly("gateway.unmet.SELF_ASSESSMENT.waiting");
	}

	@Test
	void aCertificateOrTheDiplomaStandsOnlyWithAnUploadedCopy() {
		Map<GatewayItem, RecordView> records = allRecorded();
		records.put(GatewayItem.DIPLOMA, new RecordView(GatewayItem.DIPLOMA, QualificationBasis.ACHIEVED, DAY,
				"Recorded", "Aisha Rahman", Instant.parse("2026-10-01T10:00:00Z"), null));
		records.put(GatewayItem.MATHS, new RecordView(GatewayItem.MATHS, QualificationBasis.PRIOR_ATTAINMENT, DAY,
				"Recorded", "Aisha Rahman", Instant.parse("2026-10-01T10:00:00Z"), null));
		Readiness readiness = GatewayReadiness.assess(records, List.of(), accepted());
		assertThat(readiness.ready()).isFalse();
		assertThat(readiness.items().get(0).met()).isTrue();
		assertThat(readiness.items().get(2).met()).isFalse();
		assertThat(readiness.items().get(2).reasons()).extracting(Readiness.Reason::messageKey)
			.containsExactly("gateway.unmet.certificate");
	}

	private static Map<GatewayItem, RecordView> allRecorded() {
		Map<GatewayItem, RecordView> records = new EnumMap<>(GatewayItem.class);
		records.put(GatewayItem.MATHS, record(GatewayItem.MATHS, QualificationBasis.PRIOR_ATTAINMENT));
		records.put(GatewayItem.ENGLISH, record(GatewayItem.ENGLISH, QualificationBasis.CERTIFICATE));
		records.put(GatewayItem.DIPLOMA, record(GatewayItem.DIPLOMA, QualificationBasis.ACHIEVED));
		records.put(GatewayItem.PORTFOLIO, record(GatewayItem.PORTFOLIO, QualificationBasis.CONFIRMED));
		return records;
	}

	private static RecordView record(GatewayItem item, QualificationBasis basis) {
		return new RecordView(item, basis, (basis == QualificationBasis.EXEMPT) ? null : DAY, "Recorded",
				"Aisha Rahman", Instant.parse("2026-10-01T10:00:00Z"), basis.needsCertificate() ? 42L : null);
	}

	private static SelfAssessment accepted() {
		return new SelfAssessment(SelfAssessment.State.ACCEPTED, DAY, "Aisha Rahman");
	}

	private static SelfAssessment none() {
		return new SelfAssessment(SelfAssessment.State.NONE, null, null);
	}

}
