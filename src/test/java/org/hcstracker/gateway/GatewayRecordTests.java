package org.hcstracker.gateway;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Consumer;

import org.hcstracker.gateway.GatewayRecord.RecordView;
import org.hcstracker.programme.ApprenticeStatus;
import org.hcstracker.shared.RuleException;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.hcstracker.gateway.GatewayRecordMother.APPRENTICE;
import static org.hcstracker.gateway.GatewayRecordMother.COACH;
import static org.hcstracker.gateway.GatewayRecordMother.COACH_LATER;
import static org.hcstracker.gateway.GatewayRecordMother.DIPLOMA_CERTIFICATE;
import static org.hcstracker.gateway.GatewayRecordMother.ENGLISH_CERTIFICATE;

/**
 * The gateway record's own rules, without Spring or a database: what a first record and a
 * record made again keep, the certificate that stands, the portfolio's confirmation, and
 * that nothing changes once the apprentice is past gateway.
 */
class GatewayRecordTests {

	@Test
	void aQualificationRecordsItsGroundsDateDetailAndWhoConfirmedIt() {
		GatewayRecord maths = GatewayRecordMother.maths();

		assertThat(maths.getApprenticeId()).isEqualTo(APPRENTICE);
		assertThat(maths.getItem()).isEqualTo(GatewayItem.MATHS);
		assertThat(maths.toView()).isEqualTo(new RecordView(GatewayItem.MATHS, QualificationBasis.PRIOR_ATTAINMENT,
				LocalDate.of(2019, 8, 22), "GCSE mathematics grade 6 (2019), certificate seen at enrolment",
				"Aisha Rahman", COACH.at(), null));
		assertThat(maths.toView().forAudit())
			.isEqualTo("MATHS: PRIOR_ATTAINMENT on 2019-08-22; GCSE mathematics grade 6 (2019), certificate seen"
					+ " at enrolment");
	}

	@Test
	void aCertificateOrTheDiplomaAchievedIsRefusedWithoutAnUploadedCopy() {
		for (QualificationRecord needingOne : List.of(GatewayRecordMother.englishCertificate(),
				GatewayRecordMother.diplomaAchieved())) {
			assertRefused(() -> GatewayRecord.qualification(APPRENTICE, needingOne, null, ApprenticeStatus.ON_PROGRAMME,
					COACH), "gateway.certificate.required");
		}
		assertThat(GatewayRecordMother.english().getCertificateId()).isEqualTo(ENGLISH_CERTIFICATE);
		assertThat(GatewayRecordMother.diploma().getCertificateId()).isEqualTo(DIPLOMA_CERTIFICATE);
	}

	@Test
	void anExemptionIsRefusedWithACertificate() {
		assertRefused(() -> GatewayRecord.qualification(APPRENTICE, GatewayRecordMother.englishExempt(), 43L,
				ApprenticeStatus.ON_PROGRAMME, COACH), "gateway.certificate.exempt");
		GatewayRecord english = GatewayRecordMother.english();
		RecordView before = english.toView();
		assertRefused(() -> english.record(GatewayRecordMother.englishExempt(), 43L, ApprenticeStatus.ON_PROGRAMME,
				COACH_LATER), "gateway.certificate.exempt");
		assertThat(english.toView()).isEqualTo(before);
	}

	@Test
	void recordingAgainWithoutACopyReplacesTheRecordAndKeepsTheCertificateThatStands() {
		GatewayRecord diploma = GatewayRecordMother.diploma();

		diploma.record(
				GatewayRecordMother.qualification(GatewayItem.DIPLOMA, QualificationBasis.ACHIEVED,
						LocalDate.of(2026, 9, 16),
						"Level 4 Diploma in Healthcare Science, certificate HS4-1102, date corrected"),
				null, ApprenticeStatus.ON_PROGRAMME, COACH_LATER);

		RecordView view = diploma.toView();
		assertThat(view.certificateId()).isEqualTo(DIPLOMA_CERTIFICATE);
		assertThat(view.achievedOn()).isEqualTo(LocalDate.of(2026, 9, 16));
		assertThat(view.detail()).endsWith("date corrected");
		assertThat(view.confirmedAt()).isEqualTo(COACH_LATER.at());
	}

	@Test
	void aNewCopyReplacesTheCertificateThatStood() {
		GatewayRecord english = GatewayRecordMother.english();

		english.record(GatewayRecordMother.englishCertificate(), 99L, ApprenticeStatus.BREAK_IN_LEARNING, COACH_LATER);

		assertThat(english.getCertificateId()).isEqualTo(99L);
	}

	@Test
	void anExemptionDropsTheCertificateAndTheDate() {
		GatewayRecord english = GatewayRecordMother.english();

		english.record(GatewayRecordMother.englishExempt(), null, ApprenticeStatus.ON_PROGRAMME, COACH_LATER);

		RecordView view = english.toView();
		assertThat(view.basis()).isEqualTo(QualificationBasis.EXEMPT);
		assertThat(view.certificateId()).isNull();
		assertThat(view.achievedOn()).isNull();
		assertThat(view.forAudit())
			.isEqualTo("ENGLISH: EXEMPT; Degree taught in English (BSc Biomedical Science, 2021)");
	}

	@Test
	void aRecordHoldsOnlyItsOwnItem() {
		assertThatIllegalArgumentException().isThrownBy(() -> GatewayRecordMother.maths()
			.record(GatewayRecordMother.englishExempt(), null, ApprenticeStatus.ON_PROGRAMME, COACH_LATER));
		assertThatIllegalArgumentException().isThrownBy(() -> GatewayRecordMother.portfolio()
			.record(GatewayRecordMother.mathsPriorAttainment(), null, ApprenticeStatus.ON_PROGRAMME, COACH_LATER));
		assertThatIllegalArgumentException().isThrownBy(
				() -> GatewayRecordMother.maths().confirmPortfolio(List.of(), ApprenticeStatus.ON_PROGRAMME, COACH));
	}

	@Test
	void thePortfolioIsConfirmedDatedTheDayInEngland() {
		RecordedBy lateEvening = new RecordedBy(20, "Aisha Rahman", Instant.parse("2026-06-30T23:30:00Z"));

		RecordView view = GatewayRecord.portfolio(APPRENTICE, List.of(), ApprenticeStatus.ON_PROGRAMME, lateEvening)
			.toView();

		assertThat(view.item()).isEqualTo(GatewayItem.PORTFOLIO);
		assertThat(view.basis()).isEqualTo(QualificationBasis.CONFIRMED);
		assertThat(view.achievedOn()).as("half past midnight in summer time").isEqualTo(LocalDate.of(2026, 7, 1));
		assertThat(view.detail()).isEqualTo(GatewayRecord.PORTFOLIO_CONFIRMED);
		assertThat(view.certificateId()).isNull();
		assertThat(view.forAudit())
			.isEqualTo("PORTFOLIO: CONFIRMED on 2026-07-01; Every programme area has accepted evidence");
	}

	@Test
	void thePortfolioIsNotConfirmedWhileAnAreaHasNoAcceptedEvidenceNamingThem() {
		List<String> gaps = List.of("7. Audit and service improvement", "9. Leadership");
		assertThatExceptionOfType(GatewayRuleException.class)
			.isThrownBy(() -> GatewayRecord.portfolio(APPRENTICE, gaps, ApprenticeStatus.ON_PROGRAMME, COACH))
			.satisfies((ex) -> {
				assertThat(ex.getMessageKey()).isEqualTo("gateway.portfolio.areasMissing");
				assertThat(ex.getArguments()).containsExactly("7. Audit and service improvement, 9. Leadership");
			});
		GatewayRecord portfolio = GatewayRecordMother.portfolio();
		RecordView before = portfolio.toView();
		assertRefused(() -> portfolio.confirmPortfolio(gaps, ApprenticeStatus.ON_PROGRAMME, COACH_LATER),
				"gateway.portfolio.areasMissing");
		assertThat(portfolio.toView()).isEqualTo(before);

		portfolio.confirmPortfolio(List.of(), ApprenticeStatus.ON_PROGRAMME, COACH_LATER);
		assertThat(portfolio.toView().confirmedAt()).isEqualTo(COACH_LATER.at());
		assertThat(portfolio.toView().achievedOn()).isEqualTo(LocalDate.of(2026, 10, 8));
	}

	/**
	 * Every change, in every status: only before gateway (on programme or on a break) is
	 * anything recorded; after it, the record stays as it was.
	 */
	@ParameterizedTest(name = "{0}: {1}")
	@CsvSource(textBlock = """
			ON_PROGRAMME,      allowed
			BREAK_IN_LEARNING, allowed
			GATEWAY,           gateway.items.afterGateway
			IN_EPA,            gateway.items.afterGateway
			COMPLETED,         gateway.items.afterGateway
			WITHDRAWN,         gateway.items.afterGateway
			""")
	void itemsAreRecordedOnlyBeforeGateway(ApprenticeStatus status, String expected) {
		assertChangedOnlyIfAllowed(GatewayRecordMother.maths(),
				(record) -> record.record(GatewayRecordMother.mathsPriorAttainment(), null, status, COACH_LATER),
				expected);
		assertChangedOnlyIfAllowed(GatewayRecordMother.portfolio(),
				(record) -> record.confirmPortfolio(List.of(), status, COACH_LATER), expected);
		assertThat(outcome(() -> GatewayRecord.qualification(APPRENTICE, GatewayRecordMother.mathsPriorAttainment(),
				null, status, COACH)))
			.isEqualTo(expected);
		assertThat(outcome(() -> GatewayRecord.portfolio(APPRENTICE, List.of(), status, COACH))).isEqualTo(expected);
	}

	/**
	 * The certificate rule in full: every basis (or none chosen yet), with a file sent or
	 * not, with a certificate already standing or not.
	 */
	@ParameterizedTest(name = "{0}, sent {1}, standing {2}: {3}")
	@CsvSource(textBlock = """
			CERTIFICATE,      true,  true,  allowed
			CERTIFICATE,      true,  false, allowed
			CERTIFICATE,      false, true,  allowed
			CERTIFICATE,      false, false, gateway.certificate.required
			ACHIEVED,         true,  true,  allowed
			ACHIEVED,         true,  false, allowed
			ACHIEVED,         false, true,  allowed
			ACHIEVED,         false, false, gateway.certificate.required
			PRIOR_ATTAINMENT, true,  true,  allowed
			PRIOR_ATTAINMENT, true,  false, allowed
			PRIOR_ATTAINMENT, false, true,  allowed
			PRIOR_ATTAINMENT, false, false, allowed
			EXEMPT,           true,  true,  gateway.certificate.exempt
			EXEMPT,           true,  false, gateway.certificate.exempt
			EXEMPT,           false, true,  allowed
			EXEMPT,           false, false, allowed
			CONFIRMED,        false, false, allowed
			,                 true,  false, allowed
			,                 false, false, allowed
			""")
	void aCertificateIsRequiredForACertificateOrTheDiplomaAndRefusedForAnExemption(@Nullable QualificationBasis basis,
			boolean sent, boolean standing, String expected) {
		List<GatewayRuleException> refusals = GatewayRecord.certificateRefusals(basis, sent, standing ? 41L : null);

		assertThat(refusals.isEmpty() ? "allowed" : refusals.get(0).getMessageKey()).isEqualTo(expected);
		assertThat(refusals).hasSizeLessThanOrEqualTo(1);
	}

	private static void assertChangedOnlyIfAllowed(GatewayRecord record, Consumer<GatewayRecord> change,
			String expected) {
		RecordView before = record.toView();
		assertThat(outcome(() -> change.accept(record))).isEqualTo(expected);
		assertThat(record.toView().confirmedAt())
			.isEqualTo("allowed".equals(expected) ? COACH_LATER.at() : before.confirmedAt());
		if (!"allowed".equals(expected)) {
			assertThat(record.toView()).isEqualTo(before);
		}
	}

	private static String outcome(Runnable change) {
		try {
			change.run();
			return "allowed";
		}
		catch (RuleException ex) {
			return ex.getMessageKey();
		}
	}

	private static void assertRefused(Runnable change, String key) {
		assertThatExceptionOfType(GatewayRuleException.class).isThrownBy(change::run)
			.extracting(GatewayRuleException::getMessageKey)
			.isEqualTo(key);
	}

}
