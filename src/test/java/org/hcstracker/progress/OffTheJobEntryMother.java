package org.hcstracker.progress;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

import org.hcstracker.shared.TypedText;

/**
 * Off-the-job entries with realistic defaults, in each state an entry goes through: a
 * seven and a half hour study day three days ago, recorded by an apprentice who started
 * in March.
 */
final class OffTheJobEntryMother {

	static final long APPRENTICE_ID = 41;

	static final long COACH_ACCOUNT = 7;

	static final LocalDate START = LocalDate.of(2026, 3, 2);

	static final LocalDate TODAY = LocalDate.of(2026, 11, 30);

	static final Instant NOW = Instant.parse("2026-11-30T10:15:00Z");

	private OffTheJobEntryMother() {
	}

	/**
	 * What an apprentice enters for a study day.
	 * @return the details
	 */
	static OffTheJobDetails details() {
		return new OffTheJobDetails(TODAY.minusDays(3), new BigDecimal("7.5"), OffTheJobActivity.STUDY_DAY,
				"Phlebotomy study day at the training centre");
	}

	/**
	 * The default details with other hours.
	 * @param hours the hours
	 * @return the details
	 */
	static OffTheJobDetails detailsWithHours(String hours) {
		OffTheJobDetails details = details();
		return new OffTheJobDetails(details.date(), new BigDecimal(hours), details.activity(), details.note());
	}

	/**
	 * The default details, checked, on a day with no other entry.
	 * @return the training
	 */
	static OffTheJobTraining training() {
		return OffTheJobTraining.of(details(), START, TODAY, (date) -> BigDecimal.ZERO);
	}

	/**
	 * An entry recorded, waiting for the coach's approval.
	 * @return the entry
	 */
	static OffTheJobEntry awaiting() {
		return new OffTheJobEntry(APPRENTICE_ID, training(), NOW);
	}

	/**
	 * An entry the coach approved.
	 * @return the entry
	 */
	static OffTheJobEntry approved() {
		OffTheJobEntry entry = awaiting();
		entry.approve(COACH_ACCOUNT, NOW.plusSeconds(3600));
		return entry;
	}

	/**
	 * An entry the coach queried.
	 * @return the entry
	 */
	static OffTheJobEntry queried() {
		OffTheJobEntry entry = awaiting();
		entry.query(COACH_ACCOUNT, new TypedText("Which course was this? Add its name to the note."),
				NOW.plusSeconds(3600));
		return entry;
	}

}
