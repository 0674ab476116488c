package org.hcstracker.epa;

import java.time.Instant;
import java.time.LocalDate;

import org.hcstracker.epa.EpaEntry.Recorder;
import org.hcstracker.shared.TypedText;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.junit.jupiter.api.Assertions.assertAll;

/**
 * An entry of the EPA history carries what its kind records and nothing else, and is
 * sealed once; the day it is added, in England, is the latest date it may record.
 */
class EpaEntryTests {

	private static final Recorder BY = EpaRecordMother.ASSESSOR;

	private static final ElementGrade PASS = new ElementGrade(EpaElement.VCO, EpaGrade.PASS);

	private static final LocalDate DAY = EpaRecordMother.FIRST_ASSESSED;

	private static final TypedText REASON = new TypedText("Second marker agreed");

	@Test
	void eachKindOfEntryIsMadeWithWhatItRecords() {
		assertThat(entry(EpaEntryKind.RESULT, PASS, 1, null, DAY, null).toView().grade()).isEqualTo(EpaGrade.PASS);
		assertThat(entry(EpaEntryKind.RESULT, PASS, 1, null, DAY, REASON).toView().notes())
			.isEqualTo("Second marker agreed");
		assertThat(entry(EpaEntryKind.CORRECTION, PASS, 1, null, DAY, REASON).isResult()).isTrue();
		assertThat(entry(EpaEntryKind.AMENDMENT, PASS, 2, null, DAY, REASON).attempt()).isEqualTo(2);
		assertThat(entry(EpaEntryKind.CONFIRMATION, null, null, EpaGrade.MERIT, null, null).toView().grade())
			.isEqualTo(EpaGrade.MERIT);
		assertThat(entry(EpaEntryKind.CERTIFICATE_REQUESTED, null, null, null, DAY, null).toView().onDate())
			.isEqualTo(DAY);
		assertThat(entry(EpaEntryKind.CERTIFICATE_ISSUED, null, null, null, DAY, null).isResult()).isFalse();
	}

	@Test
	void anEntryMissingWhatItsKindRecordsOrCarryingWhatItDoesNotIsAMistake() {
		assertAll(refused(() -> entry(EpaEntryKind.RESULT, null, 1, null, DAY, null)),
				refused(() -> entry(EpaEntryKind.RESULT, PASS, null, null, DAY, null)),
				refused(() -> entry(EpaEntryKind.RESULT, PASS, 0, null, DAY, null)),
				refused(() -> entry(EpaEntryKind.RESULT, PASS, 1, null, null, null)),
				refused(() -> entry(EpaEntryKind.RESULT, PASS, 1, EpaGrade.PASS, DAY, null)),
				refused(() -> entry(EpaEntryKind.CORRECTION, PASS, 1, null, DAY, null)),
				refused(() -> entry(EpaEntryKind.AMENDMENT, PASS, 1, null, DAY, null)),
				refused(() -> entry(EpaEntryKind.CONFIRMATION, null, null, null, null, null)),
				refused(() -> entry(EpaEntryKind.CONFIRMATION, PASS, 1, EpaGrade.PASS, DAY, null)),
				refused(() -> entry(EpaEntryKind.CONFIRMATION, null, null, EpaGrade.PASS, null, REASON)),
				refused(() -> entry(EpaEntryKind.CERTIFICATE_REQUESTED, null, null, null, null, null)),
				refused(() -> entry(EpaEntryKind.CERTIFICATE_ISSUED, null, null, null, DAY, REASON)),
				refused(() -> entry(EpaEntryKind.CERTIFICATE_ISSUED, PASS, 1, null, DAY, null)),
				refused(() -> entry(EpaEntryKind.RESULT, PASS, 1, null, DAY,
						new TypedText("x".repeat(EpaEntry.NOTES_MAX_LENGTH + 1)))),
				refused(() -> new EpaEntry(0, EpaEntryKind.RESULT, PASS, 1, null, DAY, null, BY)));
	}

	@Test
	void anEntryIsSealedOnce() {
		EpaEntry entry = entry(EpaEntryKind.RESULT, PASS, 1, null, DAY, null);
		entry.seal(1, "a".repeat(64));
		assertThat(entry.getSeal()).isEqualTo("a".repeat(64));
		assertThat(entry.getKeyVersion()).isEqualTo(1);
		assertThatExceptionOfType(IllegalStateException.class).isThrownBy(() -> entry.seal(2, "b".repeat(64)));
		assertThat(entry.getSeal()).isEqualTo("a".repeat(64));
	}

	@Test
	void theDayAnEntryIsAddedIsTheDayInEngland() {
		assertThat(new Recorder(7, "Gareth Lloyd", Instant.parse("2026-06-30T23:30:00Z")).today())
			.as("British Summer Time")
			.isEqualTo(LocalDate.of(2026, 7, 1));
		assertThat(new Recorder(7, "Gareth Lloyd", Instant.parse("2026-12-31T23:30:00Z")).today())
			.as("Greenwich Mean Time")
			.isEqualTo(LocalDate.of(2026, 12, 31));
	}

	private static EpaEntry entry(EpaEntryKind kind, @Nullable ElementGrade result, @Nullable Integer attempt,
			@Nullable EpaGrade overall, @Nullable LocalDate on, @Nullable TypedText notes) {
		return new EpaEntry(1, kind, result, attempt, overall, on, notes, BY);
	}

	private static Executable refused(Executable making) {
		return () -> assertThatExceptionOfType(IllegalArgumentException.class).isThrownBy(making::execute);
	}

}
