package org.hcstracker.epa;

import java.time.LocalDate;
import java.util.Map;

import org.hcstracker.epa.EpaEntry.EntryView;
import org.hcstracker.programme.ApprenticeStatus;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.hcstracker.epa.EpaRecordMother.ADMIN;
import static org.hcstracker.epa.EpaRecordMother.ASSESSOR;
import static org.hcstracker.epa.EpaRecordMother.CERTIFICATE_REQUESTED;

/**
 * The transitions of an apprentice's EPA history and the checks on what is typed into it,
 * beside {@link EpaRecordTests}: notes and reasons (the shared typed-text rule, each with
 * its own message), corrections and amendments keeping the attempt and date they change,
 * the confirmation of the grade shown, a correction of an earlier attempt, and the check
 * of a history that should exist.
 */
class EpaRecordTransitionTests {

	private static final String TOO_LONG = "x".repeat(EpaEntry.NOTES_MAX_LENGTH + 1);

	@Test
	void notesAreKeptStrippedAndBlankNotesAreNone() {
		EpaRecord record = EpaRecordMother.nothingRecorded();
		record.recordResult(grade(EpaElement.VCO, EpaGrade.PASS), day(0), "  Calm and safe with patients.\n", ASSESSOR);
		record.recordResult(grade(EpaElement.PPT, EpaGrade.PASS), day(1), " \t ", ASSESSOR);
		record.recordResult(grade(EpaElement.PD, EpaGrade.PASS), day(2), "x".repeat(EpaEntry.NOTES_MAX_LENGTH),
				ASSESSOR);

		assertThat(record.history()).extracting(EntryView::notes)
			.containsExactly("Calm and safe with patients.", null, "x".repeat(EpaEntry.NOTES_MAX_LENGTH));
	}

	@ParameterizedTest
	@ValueSource(strings = { "Bell\u0007", "Escape \u001b[31m" })
	void notesTooLongOrWithControlCharactersAreRefusedAndNothingIsAdded(String notes) {
		EpaRecord record = EpaRecordMother.nothingRecorded();
		for (String refused : new String[] { notes, TOO_LONG }) {
			assertRefused(() -> record.recordResult(grade(EpaElement.VCO, EpaGrade.PASS), day(0), refused, ASSESSOR),
					"epa.notes.tooLong");
		}
		assertThat(record.history()).isEmpty();
	}

	@ParameterizedTest
	@NullSource
	@ValueSource(strings = { "", "   ", "\n" })
	void aCorrectionAndAnAmendmentNeedTheirReason(@Nullable String reason) {
		EpaRecord recorded = EpaRecordMother.recorded();
		assertRefused(() -> recorded.correct(grade(EpaElement.PD, EpaGrade.PASS), reason, ASSESSOR),
				"epa.correct.reasonRequired");
		EpaRecord confirmed = EpaRecordMother.confirmedMerit();
		assertRefused(() -> confirmed.amend(grade(EpaElement.PD, EpaGrade.PASS), reason, ASSESSOR),
				"epa.amend.reasonRequired");
		assertThat(recorded.history()).hasSize(3);
		assertThat(confirmed.history()).hasSize(4);
	}

	@Test
	void aReasonTooLongOrWithAControlCharacterIsRefusedAsMissing() {
		EpaRecord recorded = EpaRecordMother.recorded();
		EpaRecord confirmed = EpaRecordMother.confirmedMerit();
		for (String reason : new String[] { TOO_LONG, "Re-marked\u0000" }) {
			assertRefused(() -> recorded.correct(grade(EpaElement.PD, EpaGrade.PASS), reason, ASSESSOR),
					"epa.correct.reasonRequired");
			assertRefused(() -> confirmed.amend(grade(EpaElement.PD, EpaGrade.PASS), reason, ASSESSOR),
					"epa.amend.reasonRequired");
		}
	}

	@Test
	void aCorrectionKeepsTheAttemptAndDateOfTheResultItCorrectsWithItsReasonStripped() {
		EpaRecord record = EpaRecordMother.recorded();

		EpaGrade before = record.correct(grade(EpaElement.PPT, EpaGrade.DISTINCTION), "  Second marker: 84%.  ",
				ASSESSOR);

		assertThat(before).isEqualTo(EpaGrade.PASS);
		EntryView correction = record.last();
		assertThat(correction.kind()).isEqualTo(EpaEntryKind.CORRECTION);
		assertThat(correction.attempt()).isEqualTo(1);
		assertThat(correction.onDate()).isEqualTo(EpaRecordMother.assessedOn(EpaElement.PPT));
		assertThat(correction.notes()).isEqualTo("Second marker: 84%.");
		assertThat(record.isConfirmed()).isFalse();
	}

	@Test
	void anAmendmentKeepsTheAttemptAndDateOfTheResultItChangesAndTheGradeConfirmed() {
		EpaRecord record = EpaRecordMother.confirmedMerit();

		EpaGrade before = record.amend(grade(EpaElement.PD, EpaGrade.PASS), "Moderation lowered the discussion",
				ASSESSOR);

		assertThat(before).isEqualTo(EpaGrade.MERIT);
		EntryView amendment = record.last();
		assertThat(amendment.kind()).isEqualTo(EpaEntryKind.AMENDMENT);
		assertThat(amendment.attempt()).isEqualTo(1);
		assertThat(amendment.onDate()).isEqualTo(EpaRecordMother.assessedOn(EpaElement.PD));
		assertThat(record.isConfirmed()).isTrue();
		assertThat(record.confirmedGrade()).isEqualTo(EpaGrade.PASS);
	}

	@Test
	void nothingIsAmendedBeforeAnyResult() {
		assertRefused(() -> EpaRecordMother.nothingRecorded()
			.amend(grade(EpaElement.VCO, EpaGrade.PASS), "Too early", ASSESSOR), "epa.amend.notConfirmed");
	}

	@Test
	void aResultOfAnEarlierAttemptIsNotCorrectedWhileARetakeAwaitsConfirmation() {
		EpaRecord record = EpaRecordMother.confirmedFail();
		record.recordResult(grade(EpaElement.PPT, EpaGrade.PASS), day(30), null, ASSESSOR);

		assertThat(record.correctable(EpaElement.VCO)).isNull();
		assertRefused(() -> record.correct(grade(EpaElement.VCO, EpaGrade.FAIL), "Late doubt", ASSESSOR),
				"epa.correct.earlierAttempt");
		assertThat(record.correctable(EpaElement.PPT)).isNotNull();
		record.correct(grade(EpaElement.PPT, EpaGrade.DISTINCTION), "Marked against the wrong paper", ASSESSOR);
		assertThat(record.last().attempt()).as("the retake's attempt").isEqualTo(2);
		assertThat(record.last().onDate()).isEqualTo(day(30));
	}

	@Test
	void theGradeShownIsConfirmedOnlyIfItStillStands() {
		EpaRecord record = EpaRecordMother.recorded();
		assertRefused(() -> record.confirm(EpaGrade.PASS, ASSESSOR), "epa.confirm.changed");
		assertThat(record.isConfirmed()).isFalse();

		assertThat(record.confirm(EpaGrade.MERIT, ASSESSOR).grade()).isEqualTo(EpaGrade.MERIT);

		assertRefused(() -> record.confirm(EpaGrade.MERIT, ASSESSOR), "epa.confirm.already");
		assertThat(record.last().kind()).isEqualTo(EpaEntryKind.CONFIRMATION);
		assertThat(record.last().grade()).isEqualTo(EpaGrade.MERIT);
		assertThat(record.confirmation()).isEqualTo(record.last());
	}

	@Test
	void aGradeShownBeforeEveryElementIsRecordedIsNotConfirmed() {
		EpaRecord record = EpaRecordMother.nothingRecorded();
		record.recordResult(grade(EpaElement.VCO, EpaGrade.PASS), day(0), null, ASSESSOR);
		assertRefused(() -> record.confirm(EpaGrade.PASS, ASSESSOR), "epa.confirm.changed");
		assertRefused(() -> record.confirm(ASSESSOR), "epa.confirm.incomplete");
	}

	@Test
	void theFirstAttemptOfEachElementIsNumberedOneAndARetakeComesOnALaterDay() {
		EpaRecord record = EpaRecordMother.nothingRecorded();
		for (EpaElement element : EpaElement.values()) {
			assertThat(record.nextAttempt(element)).hasValue(1);
		}
		EpaRecord failed = EpaRecordMother.confirmedFail();
		LocalDate failedOn = EpaRecordMother.assessedOn(EpaElement.PPT);
		assertRefused(
				() -> failed.recordResult(grade(EpaElement.PPT, EpaGrade.PASS), failedOn.minusDays(1), null, ASSESSOR),
				"epa.result.retakeBeforeAttempt");
		assertThat(failed.recordResult(grade(EpaElement.PPT, EpaGrade.PASS), failedOn.plusDays(1), null, ASSESSOR))
			.isEqualTo(2);
	}

	@Test
	void theCertificateMayBeIssuedOnTheDayItWasRequestedAndNotBefore() {
		EpaRecord record = EpaRecordMother.certificateRequested();
		assertRefused(() -> record.issueCertificate(CERTIFICATE_REQUESTED.minusDays(1), ADMIN),
				"epa.certificate.beforeRequest");

		record.issueCertificate(CERTIFICATE_REQUESTED, ADMIN);

		assertThat(record.certificateIssuedOn()).isEqualTo(CERTIFICATE_REQUESTED);
		assertThat(record.last().recordedBy()).isEqualTo("Priya Shah");
	}

	@Test
	void aRecordWithTheCertificateIssuedTakesNoFurtherCertificateEntry() {
		EpaRecord record = EpaRecordMother.certificateIssued();
		assertRefused(() -> record.requestCertificate(CERTIFICATE_REQUESTED, ASSESSOR),
				"epa.certificate.alreadyRequested");
		assertRefused(() -> record.issueCertificate(EpaRecordMother.CERTIFICATE_ISSUED, ADMIN),
				"epa.certificate.alreadyIssued");
		assertThat(record.history()).extracting(EntryView::kind)
			.containsExactly(EpaEntryKind.RESULT, EpaEntryKind.RESULT, EpaEntryKind.RESULT, EpaEntryKind.CONFIRMATION,
					EpaEntryKind.CERTIFICATE_REQUESTED, EpaEntryKind.CERTIFICATE_ISSUED);
	}

	@Test
	void aRecordNeverSavedIsIntactExceptForACompletedApprenticeWhoseHistoryMustExist() {
		EpaSeals seals = new EpaSeals(new EpaSealProperties(Map.of(), null), true);
		for (ApprenticeStatus status : ApprenticeStatus.values()) {
			assertThat(EpaRecordMother.nothingRecorded().verify(seals, status)).as(status.name())
				.isEqualTo((status == ApprenticeStatus.COMPLETED) ? ChainCheck.broken(ChainCheck.Break.REMOVED, 1)
						: ChainCheck.INTACT);
		}
	}

	@Test
	void theLastEntryOfAnEmptyHistoryIsAMistake() {
		assertThatExceptionOfType(IllegalStateException.class)
			.isThrownBy(() -> EpaRecordMother.nothingRecorded().last());
	}

	private static ElementGrade grade(EpaElement element, EpaGrade grade) {
		return new ElementGrade(element, grade);
	}

	private static LocalDate day(int after) {
		return EpaRecordMother.FIRST_ASSESSED.plusDays(after);
	}

	private static void assertRefused(Runnable change, String key) {
		assertThatExceptionOfType(EpaRuleException.class).isThrownBy(change::run)
			.extracting(EpaRuleException::getMessageKey)
			.isEqualTo(key);
	}

}
