package org.hcstracker.epa;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;

import org.hcstracker.epa.EpaEntry.Recorder;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The form an entry is sealed in and the seals it gets, pinned: a history sealed by an
 * earlier release must still verify, so the canonical form of an entry and the chaining
 * of seals never change.
 */
class EpaSealFormTests {

	private static final EpaSeals SEALS = new EpaSeals(
			new EpaSealProperties(Map.of(1, "first-key-of-at-least-thirty-two-characters"), null), false);

	private static final Recorder ASSESSOR = new Recorder(7, "Gareth Lloyd",
			Instant.parse("2026-10-05T14:00:00.123456Z"));

	@Test
	void anEntrysCanonicalFormNamesEveryFieldWithItsLength() {
		EpaRecord record = threeResults();

		assertThat(record.latest().get(EpaElement.VCO).canonical(42, 1, "")).isEqualTo("""
				hcs-epa-entry/1
				apprentice=2:42
				sequence=1:1
				kind=6:RESULT
				element=3:VCO
				attempt=1:1
				grade=4:PASS
				on=10:2026-10-01
				notes=18:Observed in clinic
				by=1:7
				byName=12:Gareth Lloyd
				at=16:1791208800123456
				key=1:1
				previous=0:""");
	}

	@Test
	void theSealsOfAHistoryAreThoseAnEarlierReleaseGaveIt() {
		EpaRecord record = threeResults();
		assertThat(record.latest().get(EpaElement.PD).getSeal())
			.isEqualTo("650fb30c936bce5b37e8a7131ebab6b1864976b9d93500e7d99e415c37f8a88d");

		record.confirm(ASSESSOR);
		record.sealNew(SEALS);
		record.amend(new ElementGrade(EpaElement.VCO, EpaGrade.FAIL), "Observation void", ASSESSOR);
		record.sealNew(SEALS);

		assertThat(record.latest().get(EpaElement.VCO).getSeal())
			.isEqualTo("5762e2ee2fcfbc019fbcf73a720a96ae8b99a79c9d9332744d5f36d1be26636e");
		assertThat(record.verify(SEALS)).isEqualTo(ChainCheck.INTACT);
	}

	private static EpaRecord threeResults() {
		EpaRecord record = new EpaRecord(42);
		record.recordResult(new ElementGrade(EpaElement.VCO, EpaGrade.PASS), LocalDate.of(2026, 10, 1),
				"Observed in clinic", ASSESSOR);
		record.recordResult(new ElementGrade(EpaElement.PPT, EpaGrade.DISTINCTION), LocalDate.of(2026, 10, 2), null,
				ASSESSOR);
		record.recordResult(new ElementGrade(EpaElement.PD, EpaGrade.MERIT), LocalDate.of(2026, 10, 3), null, ASSESSOR);
		record.sealNew(SEALS);
		return record;
	}

}
