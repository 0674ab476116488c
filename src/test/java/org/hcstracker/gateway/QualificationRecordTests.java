package org.hcstracker.gateway;

import java.time.LocalDate;
import java.util.List;

import org.hcstracker.shared.RuleException;
import org.hcstracker.shared.TypedText;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.hcstracker.gateway.GatewayRecordMother.TODAY;

/**
 * Every rule of a qualification as the coach enters it, without Spring or a database: the
 * grounds each item allows, the detail, the date, and all refusals found at once.
 */
class QualificationRecordTests {

	private static final LocalDate ACHIEVED = LocalDate.of(2019, 8, 22);

	/**
	 * The grounds each item allows, in full: maths and English from a certificate, prior
	 * attainment or an exemption; the Diploma only achieved; the portfolio and the
	 * self-assessment are no qualifications.
	 */
	@ParameterizedTest(name = "{0} on {1}: {2}")
	@CsvSource(textBlock = """
			MATHS,           CERTIFICATE,      allowed
			MATHS,           PRIOR_ATTAINMENT, allowed
			MATHS,           EXEMPT,           allowed
			MATHS,           ACHIEVED,         gateway.basis.invalid
			MATHS,           CONFIRMED,        gateway.basis.invalid
			ENGLISH,         CERTIFICATE,      allowed
			ENGLISH,         PRIOR_ATTAINMENT, allowed
			ENGLISH,         EXEMPT,           allowed
			ENGLISH,         ACHIEVED,         gateway.basis.invalid
			ENGLISH,         CONFIRMED,        gateway.basis.invalid
			DIPLOMA,         CERTIFICATE,      gateway.basis.invalid
			DIPLOMA,         PRIOR_ATTAINMENT, gateway.basis.invalid
			DIPLOMA,         EXEMPT,           gateway.basis.invalid
			DIPLOMA,         ACHIEVED,         allowed
			DIPLOMA,         CONFIRMED,        gateway.basis.invalid
			PORTFOLIO,       CERTIFICATE,      gateway.basis.invalid
			PORTFOLIO,       PRIOR_ATTAINMENT, gateway.basis.invalid
			PORTFOLIO,       EXEMPT,           gateway.basis.invalid
			PORTFOLIO,       ACHIEVED,         gateway.basis.invalid
			PORTFOLIO,       CONFIRMED,        gateway.basis.invalid
			SELF_ASSESSMENT, CERTIFICATE,      gateway.basis.invalid
			SELF_ASSESSMENT, PRIOR_ATTAINMENT, gateway.basis.invalid
			SELF_ASSESSMENT, EXEMPT,           gateway.basis.invalid
			SELF_ASSESSMENT, ACHIEVED,         gateway.basis.invalid
			SELF_ASSESSMENT, CONFIRMED,        gateway.basis.invalid
			""")
	void eachItemAllowsOnlyItsOwnGrounds(GatewayItem item, QualificationBasis basis, String expected) {
		assertThat(keys(QualificationRecord.refusalsOf(item, basis, ACHIEVED, "Recorded", TODAY)))
			.isEqualTo("allowed".equals(expected) ? List.of() : List.of(expected));
		assertThat(outcome(() -> QualificationRecord.of(item, basis, ACHIEVED, "Recorded", TODAY))).isEqualTo(expected);
		assertThat(outcome(() -> new QualificationRecord(item, basis, ACHIEVED, new TypedText("Recorded"))))
			.isEqualTo(expected);
	}

	@Test
	void theSelfAssessmentAndThePortfolioAreRefusedEvenBeforeAGroundIsChosen() {
		for (GatewayItem item : List.of(GatewayItem.PORTFOLIO, GatewayItem.SELF_ASSESSMENT)) {
			assertThat(keys(QualificationRecord.refusalsOf(item, null, null, "Recorded", TODAY)))
				.containsExactly("gateway.basis.invalid");
		}
		assertThat(QualificationRecord.refusalsOf(GatewayItem.MATHS, null, null, "Recorded", TODAY)).isEmpty();
	}

	/**
	 * The detail as typed: required, within 500 characters once stripped, free of control
	 * characters; the message names an exemption's reason.
	 */
	@ParameterizedTest(name = "{0} \"{1}\": {2}")
	@CsvSource(nullValues = "NULL", textBlock = """
			CERTIFICATE,      NULL,     gateway.detail.required
			CERTIFICATE,      '',       gateway.detail.required
			CERTIFICATE,      '   ',    gateway.detail.required
			PRIOR_ATTAINMENT, ' ',      gateway.detail.required
			EXEMPT,           NULL,     gateway.detail.exemptReason
			EXEMPT,           '  ',     gateway.detail.exemptReason
			CERTIFICATE,      'GCSE grade 5', allowed
			EXEMPT,           'Degree taught in English', allowed
			""")
	void theDetailIsRequiredAndCheckedAsTypedText(QualificationBasis basis, @Nullable String detail, String expected) {
		assertThat(keys(QualificationRecord.refusalsOf(GatewayItem.MATHS, basis, ACHIEVED, detail, TODAY)))
			.isEqualTo("allowed".equals(expected) ? List.of() : List.of(expected));
		assertThat(outcome(() -> QualificationRecord.of(GatewayItem.MATHS, basis, ACHIEVED, detail, TODAY)))
			.isEqualTo(expected);
	}

	@Test
	void aDetailHoldingAControlCharacterIsRefused() {
		assertThat(keys(QualificationRecord.refusalsOf(GatewayItem.MATHS, QualificationBasis.CERTIFICATE, ACHIEVED,
				"GCSE\u0007 grade 5", TODAY)))
			.containsExactly("gateway.detail.required");
		assertThat(keys(QualificationRecord.refusalsOf(GatewayItem.MATHS, QualificationBasis.EXEMPT, null,
				"Degree\u0000", TODAY)))
			.containsExactly("gateway.detail.exemptReason");
		assertThat(QualificationRecord.refusalsOf(GatewayItem.MATHS, QualificationBasis.EXEMPT, null,
				"Degree taught in English,\n\tconfirmed by the university", TODAY))
			.isEmpty();
	}

	@Test
	void theDetailIsStrippedAndKeptToFiveHundredCharacters() {
		String longest = "x".repeat(GatewayRecord.DETAIL_MAX_LENGTH);
		assertThat(QualificationRecord
			.of(GatewayItem.MATHS, QualificationBasis.CERTIFICATE, ACHIEVED, "  " + longest + "\n", TODAY)
			.detail()
			.value()).isEqualTo(longest);
		assertThat(outcome(() -> QualificationRecord.of(GatewayItem.MATHS, QualificationBasis.CERTIFICATE, ACHIEVED,
				longest + "y", TODAY)))
			.isEqualTo("gateway.detail.required");
		assertThat(outcome(
				() -> QualificationRecord.of(GatewayItem.MATHS, QualificationBasis.EXEMPT, null, longest + "y", TODAY)))
			.isEqualTo("gateway.detail.exemptReason");
		assertThat(outcome(() -> new QualificationRecord(GatewayItem.MATHS, QualificationBasis.CERTIFICATE, ACHIEVED,
				new TypedText(longest + "y"))))
			.isEqualTo("gateway.detail.required");
	}

	/**
	 * The date achieved: required unless exempt, not after today in England; an
	 * exemption's date is not kept, so it is not checked either.
	 */
	@ParameterizedTest(name = "{0} on {1}: {2}")
	@CsvSource(nullValues = "NULL", textBlock = """
			CERTIFICATE,      NULL,       gateway.date.required
			PRIOR_ATTAINMENT, NULL,       gateway.date.required
			CERTIFICATE,      2026-10-01, allowed
			CERTIFICATE,      2026-10-02, gateway.date.future
			PRIOR_ATTAINMENT, 2026-10-02, gateway.date.future
			CERTIFICATE,      1990-01-01, allowed
			EXEMPT,           NULL,       allowed
			EXEMPT,           2026-10-02, allowed
			EXEMPT,           2019-08-22, allowed
			""")
	void aDateIsRequiredUnlessExemptAndNotInTheFuture(QualificationBasis basis, @Nullable LocalDate on,
			String expected) {
		assertThat(keys(QualificationRecord.refusalsOf(GatewayItem.ENGLISH, basis, on, "Recorded", TODAY)))
			.isEqualTo("allowed".equals(expected) ? List.of() : List.of(expected));
		assertThat(outcome(() -> QualificationRecord.of(GatewayItem.ENGLISH, basis, on, "Recorded", TODAY)))
			.isEqualTo(expected);
	}

	@Test
	void theDiplomaNeedsItsDateToo() {
		assertThat(keys(QualificationRecord.refusalsOf(GatewayItem.DIPLOMA, QualificationBasis.ACHIEVED, null,
				"Level 4 Diploma", TODAY)))
			.containsExactly("gateway.date.required");
	}

	@Test
	void aDateEnteredBeforeTheGroundsAreChosenIsCheckedAlready() {
		assertThat(keys(QualificationRecord.refusalsOf(GatewayItem.MATHS, null, TODAY.plusDays(1), "GCSE", TODAY)))
			.containsExactly("gateway.date.future");
		assertThat(QualificationRecord.refusalsOf(GatewayItem.MATHS, null, null, "GCSE", TODAY)).isEmpty();
	}

	@Test
	void anExemptionKeepsNoDate() {
		QualificationRecord exempt = QualificationRecord.of(GatewayItem.ENGLISH, QualificationBasis.EXEMPT,
				LocalDate.of(2019, 8, 22), "Degree taught in English", TODAY);
		assertThat(exempt.achievedOn()).isNull();
		assertThat(exempt.isExemption()).isTrue();
		assertThat(exempt.needsCertificate()).isFalse();
		assertThat(
				new QualificationRecord(GatewayItem.MATHS, QualificationBasis.EXEMPT, ACHIEVED, new TypedText("Reason"))
					.achievedOn())
			.isNull();
	}

	@Test
	void aRecordWithoutADateIsNotBuiltUnlessExempt() {
		assertThat(outcome(() -> new QualificationRecord(GatewayItem.MATHS, QualificationBasis.CERTIFICATE, null,
				new TypedText("GCSE"))))
			.isEqualTo("gateway.date.required");
	}

	@Test
	void aCertificateAndTheDiplomaAchievedNeedAnUploadedCopy() {
		assertThat(GatewayRecordMother.englishCertificate().needsCertificate()).isTrue();
		assertThat(GatewayRecordMother.diplomaAchieved().needsCertificate()).isTrue();
		assertThat(GatewayRecordMother.mathsPriorAttainment().needsCertificate()).isFalse();
		assertThat(GatewayRecordMother.mathsPriorAttainment().isExemption()).isFalse();
	}

	@Test
	void everyRefusalIsFoundAtOnceInTheOrderOfTheForm() {
		assertThat(keys(QualificationRecord.refusalsOf(GatewayItem.DIPLOMA, QualificationBasis.EXEMPT,
				TODAY.plusDays(1), " ", TODAY)))
			.containsExactly("gateway.basis.invalid", "gateway.detail.exemptReason");
		assertThat(keys(QualificationRecord.refusalsOf(GatewayItem.MATHS, QualificationBasis.CERTIFICATE,
				TODAY.plusDays(1), " ", TODAY)))
			.containsExactly("gateway.detail.required", "gateway.date.future");
		assertThatExceptionOfType(GatewayRuleException.class)
			.isThrownBy(
					() -> QualificationRecord.of(GatewayItem.MATHS, QualificationBasis.CERTIFICATE, null, "", TODAY))
			.satisfies((ex) -> assertThat(ex.all()).extracting(RuleException::getMessageKey)
				.containsExactly("gateway.detail.required", "gateway.date.required"));
	}

	private static List<String> keys(List<GatewayRuleException> refusals) {
		return refusals.stream().map(GatewayRuleException::getMessageKey).toList();
	}

	private static String outcome(Runnable build) {
		try {
			build.run();
			return "allowed";
		}
		catch (RuleException ex) {
			return ex.getMessageKey();
		}
	}

}
