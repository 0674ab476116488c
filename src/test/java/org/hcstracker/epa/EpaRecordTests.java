package org.hcstracker.epa;

import java.time.Instant;
import java.time.LocalDate;

import org.hcstracker.epa.EpaEntry.Recorder;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The rules of an apprentice's EPA history: corrections before confirmation, a confirmed
 * grade changed only by amendment, retakes of failed elements as new attempts with the
 * latest attempt counting, and the certificate after a confirmed pass.
 */
class EpaRecordTests {

	private static final LocalDate DAY = LocalDate.of(2026, 10, 5);

	private static final Recorder ASSESSOR = new Recorder(7, "Gareth Lloyd", Instant.parse("2026-10-05T14:00:00Z"));

	private final EpaRecord record = new EpaRecord(1);

	/** Each result recorded a day after the one before. */
	private LocalDate assessedOn = DAY;

	@Test
	void aResultIsRecordedOnceAndThenOnlyCorrectedWithAReasonKeptBesideIt() {
		assertThat(record(EpaElement.PD, EpaGrade.PASS)).isEqualTo(1);
		assertRefused(() -> record(EpaElement.PD, EpaGrade.MERIT), "epa.result.recordedAlready");
		assertRefused(() -> this.record.correct(new ElementGrade(EpaElement.VCO, EpaGrade.PASS), "None yet", ASSESSOR),
				"epa.correct.nothingRecorded");
		assertRefused(() -> this.record.correct(new ElementGrade(EpaElement.PD, EpaGrade.PASS), "Same", ASSESSOR),
				"epa.amend.sameGrade");

		assertThat(this.record.correct(new ElementGrade(EpaElement.PD, EpaGrade.MERIT), "Second marker agreed Merit",
				ASSESSOR))
			.isEqualTo(EpaGrade.PASS);

		assertThat(this.record.latest().get(EpaElement.PD).getGrade()).isEqualTo(EpaGrade.MERIT);
		assertThat(this.record.history())
			.extracting(EpaEntry.EntryView::kind, EpaEntry.EntryView::attempt, EpaEntry.EntryView::grade,
					EpaEntry.EntryView::onDate, EpaEntry.EntryView::notes)
			.containsExactly(
					org.assertj.core.groups.Tuple.tuple(EpaEntryKind.RESULT, 1, EpaGrade.PASS, DAY.plusDays(1),
							"Notes"),
					org.assertj.core.groups.Tuple.tuple(EpaEntryKind.CORRECTION, 1, EpaGrade.MERIT, DAY.plusDays(1),
							"Second marker agreed Merit"));
		assertThat(this.record.outcome()).isEmpty();
		assertRefused(() -> this.record.confirm(ASSESSOR), "epa.confirm.incomplete");

		record(EpaElement.VCO, EpaGrade.PASS);
		record(EpaElement.PPT, EpaGrade.PASS);

		assertThat(this.record.outcome().orElseThrow().grade()).isEqualTo(EpaGrade.MERIT);
		assertThat(this.record.isConfirmed()).isFalse();
		assertThat(this.record.confirmedGrade()).isNull();
		assertThat(this.record.history()).hasSize(4);
		assertThat(this.record.confirm(ASSESSOR).grade()).isEqualTo(EpaGrade.MERIT);
		assertRefused(() -> this.record.correct(new ElementGrade(EpaElement.PD, EpaGrade.PASS), "Late", ASSESSOR),
				"epa.correct.confirmed");
	}

	@Test
	void aConfirmedPassStandsAndChangesOnlyByAReasonedAmendmentKeptBesideTheOriginal() {
		recordAll(EpaGrade.PASS, EpaGrade.PASS, EpaGrade.MERIT);
		assertThat(this.record.confirm(ASSESSOR).grade()).isEqualTo(EpaGrade.MERIT);
		assertThat(this.record.confirmedGrade()).isEqualTo(EpaGrade.MERIT);

		assertRefused(() -> this.record.confirm(ASSESSOR), "epa.confirm.already");
		assertRefused(() -> record(EpaElement.PD, EpaGrade.DISTINCTION), "epa.result.confirmed");
		assertThat(this.record.nextAttempt(EpaElement.PD)).isEmpty();
		assertRefused(() -> this.record.amend(new ElementGrade(EpaElement.PD, EpaGrade.MERIT), "Same", ASSESSOR),
				"epa.amend.sameGrade");

		EpaGrade before = this.record.amend(new ElementGrade(EpaElement.PD, EpaGrade.DISTINCTION),
				"Marking error in the discussion record", ASSESSOR);

		assertThat(before).isEqualTo(EpaGrade.MERIT);
		assertThat(this.record.confirmedGrade()).isEqualTo(EpaGrade.DISTINCTION);
		assertThat(this.record.history()).extracting(EpaEntry.EntryView::kind)
			.containsExactly(EpaEntryKind.RESULT, EpaEntryKind.RESULT, EpaEntryKind.RESULT, EpaEntryKind.CONFIRMATION,
					EpaEntryKind.AMENDMENT);
		assertThat(this.record.history().get(2).grade()).as("the original kept").isEqualTo(EpaGrade.MERIT);
		assertThat(this.record.history().get(4).notes()).isEqualTo("Marking error in the discussion record");
	}

	@Test
	void anAmendmentNeedsAConfirmedGrade() {
		recordAll(EpaGrade.PASS, EpaGrade.PASS, EpaGrade.PASS);
		assertRefused(() -> this.record.amend(new ElementGrade(EpaElement.PD, EpaGrade.MERIT), "Early", ASSESSOR),
				"epa.amend.notConfirmed");
	}

	@Test
	void afterAConfirmedFailOnlyTheFailedElementsAreRetakenAndTheLatestAttemptCounts() {
		recordAll(EpaGrade.PASS, EpaGrade.FAIL, EpaGrade.MERIT);
		assertThat(this.record.confirm(ASSESSOR).grade()).isEqualTo(EpaGrade.FAIL);

		assertRefused(() -> record(EpaElement.VCO, EpaGrade.PASS), "epa.result.passedAlready");
		assertThat(this.record.nextAttempt(EpaElement.PPT)).hasValue(2);
		assertThat(this.record.nextAttempt(EpaElement.PD)).isEmpty();

		assertThat(record(EpaElement.PPT, EpaGrade.FAIL)).isEqualTo(2);
		assertThat(this.record.isConfirmed()).isFalse();
		assertThat(this.record.nextAttempt(EpaElement.PPT)).hasValue(2);
		assertRefused(() -> record(EpaElement.PPT, EpaGrade.DISTINCTION), "epa.result.recordedAlready");
		this.record.correct(new ElementGrade(EpaElement.PPT, EpaGrade.DISTINCTION), "Marked against the wrong paper",
				ASSESSOR);
		assertThat(this.record.isConfirmed()).as("a correction of the retake awaits confirmation").isFalse();

		assertThat(this.record.outcome().orElseThrow().grade()).isEqualTo(EpaGrade.DISTINCTION);
		assertThat(this.record.latest().get(EpaElement.PPT).attempt()).isEqualTo(2);
		assertThat(this.record.confirm(ASSESSOR).grade()).isEqualTo(EpaGrade.DISTINCTION);
		assertThat(this.record.history()).filteredOn((entry) -> entry.element() == EpaElement.PPT)
			.extracting(EpaEntry.EntryView::attempt, EpaEntry.EntryView::grade)
			.containsExactly(org.assertj.core.groups.Tuple.tuple(1, EpaGrade.FAIL),
					org.assertj.core.groups.Tuple.tuple(2, EpaGrade.FAIL),
					org.assertj.core.groups.Tuple.tuple(2, EpaGrade.DISTINCTION));
	}

	@Test
	void othersSeeResultsOnlyOnceTheGradeIsConfirmed() {
		recordAll(EpaGrade.PASS, EpaGrade.FAIL, EpaGrade.PASS);
		assertThat(this.record.released().history()).isEmpty();
		assertThat(this.record.hasUnreleasedResults()).isTrue();
		this.record.confirm(ASSESSOR);
		assertThat(this.record.released().history()).hasSize(4);
		assertThat(this.record.hasUnreleasedResults()).isFalse();

		record(EpaElement.PPT, EpaGrade.PASS);

		EpaRecord released = this.record.released();
		assertThat(released.history()).hasSize(4);
		assertThat(released.confirmedGrade()).as("the confirmed fail stands until the retake is confirmed")
			.isEqualTo(EpaGrade.FAIL);
		assertThat(released.latest().get(EpaElement.PPT).attempt()).isEqualTo(1);
		this.record.confirm(ASSESSOR);
		assertThat(this.record.released().confirmedGrade()).isEqualTo(EpaGrade.PASS);
	}

	@Test
	void anAmendmentKeepingAPassKeepsTheCertificateDates() {
		recordAll(EpaGrade.PASS, EpaGrade.PASS, EpaGrade.DISTINCTION);
		this.record.confirm(ASSESSOR);
		this.record.requestCertificate(DAY, ASSESSOR);
		this.record.amend(new ElementGrade(EpaElement.PPT, EpaGrade.DISTINCTION), "Re-marked", ASSESSOR);
		assertThat(this.record.certificateRequestedOn()).isEqualTo(DAY);
		this.record.amend(new ElementGrade(EpaElement.VCO, EpaGrade.FAIL), "Observation void", ASSESSOR);
		assertThat(this.record.certificateRequestedOn()).as("no certificate for a fail").isNull();
	}

	@Test
	void aRetakeIsAssessedAfterTheAttemptItFollows() {
		recordAll(EpaGrade.PASS, EpaGrade.FAIL, EpaGrade.PASS);
		this.record.confirm(ASSESSOR);
		LocalDate failedOn = this.record.latest().get(EpaElement.PPT).getOnDate();
		assertRefused(() -> this.record.recordResult(new ElementGrade(EpaElement.PPT, EpaGrade.PASS), failedOn, null,
				ASSESSOR), "epa.result.retakeBeforeAttempt");
		assertThat(this.record.recordResult(new ElementGrade(EpaElement.PPT, EpaGrade.PASS), failedOn.plusDays(30),
				null, ASSESSOR))
			.isEqualTo(2);
	}

	@Test
	void aThirdAttemptFollowsASecondConfirmedFail() {
		recordAll(EpaGrade.FAIL, EpaGrade.PASS, EpaGrade.PASS);
		this.record.confirm(ASSESSOR);
		record(EpaElement.VCO, EpaGrade.FAIL);
		assertThat(this.record.confirm(ASSESSOR).grade()).isEqualTo(EpaGrade.FAIL);
		assertThat(record(EpaElement.VCO, EpaGrade.PASS)).isEqualTo(3);
		assertThat(this.record.confirm(ASSESSOR).grade()).isEqualTo(EpaGrade.PASS);
	}

	@Test
	void anAmendmentMayTurnAConfirmedPassIntoAFailAndBack() {
		recordAll(EpaGrade.PASS, EpaGrade.PASS, EpaGrade.PASS);
		this.record.confirm(ASSESSOR);
		this.record.amend(new ElementGrade(EpaElement.VCO, EpaGrade.FAIL), "Observation record incomplete", ASSESSOR);
		assertThat(this.record.confirmedGrade()).isEqualTo(EpaGrade.FAIL);
		assertThat(this.record.nextAttempt(EpaElement.VCO)).as("the failed element may be re-taken").hasValue(2);
		this.record.amend(new ElementGrade(EpaElement.VCO, EpaGrade.PASS), "Missing page found", ASSESSOR);
		assertThat(this.record.confirmedGrade()).isEqualTo(EpaGrade.PASS);
	}

	@Test
	void theCertificateIsRequestedAfterAConfirmedPassAndIssuedAfterItsRequest() {
		recordAll(EpaGrade.PASS, EpaGrade.PASS, EpaGrade.PASS);
		assertRefused(() -> this.record.requestCertificate(DAY, ASSESSOR), "epa.certificate.notPassed");
		this.record.confirm(ASSESSOR);
		assertRefused(() -> this.record.issueCertificate(DAY, ASSESSOR), "epa.certificate.notRequested");

		this.record.requestCertificate(DAY.plusDays(1), ASSESSOR);
		assertRefused(() -> this.record.requestCertificate(DAY.plusDays(2), ASSESSOR),
				"epa.certificate.alreadyRequested");
		assertRefused(() -> this.record.issueCertificate(DAY, ASSESSOR), "epa.certificate.beforeRequest");
		this.record.issueCertificate(DAY.plusDays(20), ASSESSOR);
		assertRefused(() -> this.record.issueCertificate(DAY.plusDays(21), ASSESSOR), "epa.certificate.alreadyIssued");

		assertThat(this.record.certificateRequestedOn()).isEqualTo(DAY.plusDays(1));
		assertThat(this.record.certificateIssuedOn()).isEqualTo(DAY.plusDays(20));
	}

	@Test
	void aConfirmedFailHasNoCertificate() {
		recordAll(EpaGrade.PASS, EpaGrade.PASS, EpaGrade.FAIL);
		this.record.confirm(ASSESSOR);
		assertRefused(() -> this.record.requestCertificate(DAY, ASSESSOR), "epa.certificate.notPassed");
	}

	@Test
	void whileARetakeAwaitsConfirmationAnElementPassedBeforeIsNeitherRecordedNorCorrected() {
		recordAll(EpaGrade.PASS, EpaGrade.FAIL, EpaGrade.PASS);
		this.record.confirm(ASSESSOR);
		record(EpaElement.PPT, EpaGrade.PASS);
		assertThat(this.record.confirmedGrade()).isNull();

		assertRefused(() -> record(EpaElement.VCO, EpaGrade.PASS), "epa.result.passedAlready");
		assertRefused(() -> this.record.correct(new ElementGrade(EpaElement.VCO, EpaGrade.FAIL), "Re-marked", ASSESSOR),
				"epa.correct.earlierAttempt");
	}

	@Test
	void aFailedAttemptAlreadyConfirmedIsRetakenNotCorrected() {
		recordAll(EpaGrade.FAIL, EpaGrade.FAIL, EpaGrade.PASS);
		this.record.confirm(ASSESSOR);
		record(EpaElement.PPT, EpaGrade.PASS);

		assertRefused(() -> this.record.correct(new ElementGrade(EpaElement.VCO, EpaGrade.PASS), "Re-marked", ASSESSOR),
				"epa.correct.earlierAttempt");
		assertThat(this.record.nextAttempt(EpaElement.VCO)).hasValue(2);
		assertThat(record(EpaElement.VCO, EpaGrade.PASS)).isEqualTo(2);
	}

	@Test
	void anAmendmentOfAConfirmedFailIsReleasedWithItButTheRetakeAfterItIsNot() {
		recordAll(EpaGrade.PASS, EpaGrade.FAIL, EpaGrade.PASS);
		this.record.confirm(ASSESSOR);
		this.record.amend(new ElementGrade(EpaElement.PD, EpaGrade.MERIT), "Re-marked", ASSESSOR);
		record(EpaElement.PPT, EpaGrade.PASS);

		EpaRecord released = this.record.released();

		assertThat(released.history()).extracting(EpaEntry.EntryView::kind)
			.containsExactly(EpaEntryKind.RESULT, EpaEntryKind.RESULT, EpaEntryKind.RESULT, EpaEntryKind.CONFIRMATION,
					EpaEntryKind.AMENDMENT);
		assertThat(released.confirmedGrade()).isEqualTo(EpaGrade.FAIL);
		assertThat(released.latest().get(EpaElement.PD).getGrade()).isEqualTo(EpaGrade.MERIT);
	}

	@Test
	void aRecordWithNothingInItReleasesNothing() {
		assertThat(this.record.released().history()).isEmpty();
		assertThat(this.record.hasUnreleasedResults()).isFalse();
		assertThat(this.record.confirmation()).isNull();
	}

	@Test
	void theConfirmationShownIsTheOneThatStandsAndNoneWhileARetakeAwaitsConfirmation() {
		recordAll(EpaGrade.PASS, EpaGrade.FAIL, EpaGrade.PASS);
		assertThat(this.record.confirmation()).isNull();
		this.record.confirm(ASSESSOR);
		assertThat(this.record.confirmation()).isNotNull()
			.extracting(EpaEntry.EntryView::grade)
			.isEqualTo(EpaGrade.FAIL);

		record(EpaElement.PPT, EpaGrade.PASS);

		assertThat(this.record.confirmation()).isNull();
	}

	private void recordAll(EpaGrade vco, EpaGrade ppt, EpaGrade pd) {
		record(EpaElement.VCO, vco);
		record(EpaElement.PPT, ppt);
		record(EpaElement.PD, pd);
	}

	private int record(EpaElement element, EpaGrade grade) {
		this.assessedOn = this.assessedOn.plusDays(1);
		return this.record.recordResult(new ElementGrade(element, grade), this.assessedOn, "Notes", ASSESSOR);
	}

	private static void assertRefused(Runnable change, String key) {
		assertThatExceptionOfType(EpaRuleException.class).isThrownBy(change::run)
			.extracting(EpaRuleException::getMessageKey)
			.isEqualTo(key);
	}

}
