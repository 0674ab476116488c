package org.hcstracker.epa;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.hcstracker.HcsTrackerApplication;
import org.hcstracker.epa.EpaEntry.Recorder;
import org.hcstracker.testsupport.TestDatabase;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.test.util.ReflectionTestUtils;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The keyed seals of the EPA history: a chain verifies under the keys that made it,
 * across a key rotation, and not under another key; an entry without its seal or key
 * version, a number given twice, or the record's own seal cleared is a break; a key is
 * required outside the embedded default.
 */
class EpaSealTests {

	private static final String KEY_1 = "first-key-of-at-least-thirty-two-characters";

	private static final String KEY_2 = "second-key-of-at-least-thirty-two-characters";

	private static final Recorder ASSESSOR = new Recorder(7, "Gareth Lloyd", Instant.parse("2026-10-05T14:00:00Z"));

	private static final LocalDate DAY = LocalDate.of(2026, 10, 5);

	private static final EpaSeals SEALS = new EpaSeals(new EpaSealProperties(Map.of(1, KEY_1), null), false);

	@Test
	void aChainSealedWithAnOldKeyVersionStillVerifiesAfterRotation() {
		EpaSeals first = new EpaSeals(new EpaSealProperties(Map.of(1, KEY_1), null), false);
		EpaRecord record = new EpaRecord(42);
		record.recordResult(new ElementGrade(EpaElement.VCO, EpaGrade.PASS), DAY, "Observed", ASSESSOR);
		record.recordResult(new ElementGrade(EpaElement.PPT, EpaGrade.PASS), DAY, null, ASSESSOR);
		record.sealNew(first);
		assertThat(record.verify(first)).isEqualTo(ChainCheck.INTACT);

		EpaSeals rotated = new EpaSeals(new EpaSealProperties(Map.of(1, KEY_1, 2, KEY_2), 2), false);
		record.recordResult(new ElementGrade(EpaElement.PD, EpaGrade.MERIT), DAY, null, ASSESSOR);
		record.confirm(ASSESSOR);
		record.sealNew(rotated);

		assertThat(record.history()).hasSize(4);
		assertThat(record.verify(rotated)).isEqualTo(ChainCheck.INTACT);
		assertThat(record.verify(first)).as("entries sealed with key 2 cannot be checked with key 1 alone")
			.isEqualTo(ChainCheck.broken(ChainCheck.Break.UNKNOWN_KEY, 3));
		EpaSeals withoutTheOldKey = new EpaSeals(new EpaSealProperties(Map.of(2, KEY_2), null), false);
		assertThat(record.verify(withoutTheOldKey)).isEqualTo(ChainCheck.broken(ChainCheck.Break.UNKNOWN_KEY, 1));
	}

	@Test
	void aChainDoesNotVerifyUnderAnotherKey() {
		EpaRecord record = new EpaRecord(42);
		record.recordResult(new ElementGrade(EpaElement.VCO, EpaGrade.PASS), DAY, null, ASSESSOR);
		record.sealNew(new EpaSeals(new EpaSealProperties(Map.of(1, KEY_1), null), false));
		assertThat(record.verify(new EpaSeals(new EpaSealProperties(Map.of(1, KEY_2), null), false)))
			.isEqualTo(ChainCheck.broken(ChainCheck.Break.CHANGED, 1));
	}

	@Test
	void anEntryWrittenWithoutASealShowsAsChanged() {
		EpaRecord record = new EpaRecord(42);
		record.recordResult(new ElementGrade(EpaElement.VCO, EpaGrade.PASS), DAY, null, ASSESSOR);
		assertThat(record.verify(SEALS)).isEqualTo(ChainCheck.broken(ChainCheck.Break.CHANGED, 1));
	}

	@Test
	void anEntrysKeyVersionClearedShowsAsChanged() {
		EpaRecord record = sealedWithTwoResults();
		ReflectionTestUtils.setField(entry(record, 1), "keyVersion", null);
		assertThat(record.verify(SEALS)).isEqualTo(ChainCheck.broken(ChainCheck.Break.CHANGED, 2));
	}

	@Test
	void theRecordsOwnSealOrItsKeyVersionClearedShowsTheEndOfTheChainAsRemoved() {
		EpaRecord withoutHeadSeal = sealedWithTwoResults();
		assertThat(withoutHeadSeal.verify(SEALS)).isEqualTo(ChainCheck.INTACT);
		ReflectionTestUtils.setField(withoutHeadSeal, "headSeal", null);
		assertThat(withoutHeadSeal.verify(SEALS)).isEqualTo(ChainCheck.broken(ChainCheck.Break.REMOVED, 3));

		EpaRecord withoutHeadKey = sealedWithTwoResults();
		ReflectionTestUtils.setField(withoutHeadKey, "headKeyVersion", null);
		assertThat(withoutHeadKey.verify(SEALS)).isEqualTo(ChainCheck.broken(ChainCheck.Break.REMOVED, 3));
	}

	@Test
	void anEntryNumberedAgainShowsAsInserted() {
		EpaRecord record = sealedWithTwoResults();
		ReflectionTestUtils.setField(entry(record, 1), "sequenceNumber", 1);
		assertThat(record.verify(SEALS)).isEqualTo(ChainCheck.broken(ChainCheck.Break.INSERTED, 1));
	}

	private static EpaRecord sealedWithTwoResults() {
		EpaRecord record = new EpaRecord(42);
		record.recordResult(new ElementGrade(EpaElement.VCO, EpaGrade.PASS), DAY, null, ASSESSOR);
		record.recordResult(new ElementGrade(EpaElement.PPT, EpaGrade.PASS), DAY, null, ASSESSOR);
		record.sealNew(SEALS);
		return record;
	}

	@SuppressWarnings("unchecked")
	private static EpaEntry entry(EpaRecord record, int index) {
		return ((List<EpaEntry>) ReflectionTestUtils.getField(record, "entries")).get(index);
	}

	@Test
	void aKeyIsRequiredOutsideTheEmbeddedDefaultWhichHasADemoKey() {
		assertThatExceptionOfType(IllegalStateException.class)
			.isThrownBy(() -> new EpaSeals(new EpaSealProperties(null, null), false))
			.withMessageContaining("hcs.epa.seal.keys.1");
		assertThatExceptionOfType(IllegalStateException.class)
			.isThrownBy(() -> new EpaSeals(new EpaSealProperties(Map.of(1, "short"), null), false));
		assertThatExceptionOfType(IllegalStateException.class)
			.isThrownBy(() -> new EpaSeals(new EpaSealProperties(Map.of(1, KEY_1), 3), false));
		assertThat(new EpaSeals(new EpaSealProperties(null, null), true).currentVersion())
			.isEqualTo(EpaSeals.DEMO_VERSION);
	}

	@Test
	void theApplicationRefusesToStartOnPostgresqlWithoutAKey() {
		TestDatabase.Coordinates database = TestDatabase.coordinates();
		assertThatThrownBy(() -> new SpringApplicationBuilder(HcsTrackerApplication.class)
			.run("--server.port=0", "--spring.datasource.url=" + database.jdbcUrl(),
					"--spring.datasource.username=" + database.username(),
					"--spring.datasource.password=" + database.password(), "--hcs.demo.mode=off")
			.close()).hasStackTraceContaining("No key to seal the EPA history");
	}

}
