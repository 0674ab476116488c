package org.hcstracker.programme;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Properties;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ProgrammeMonthsTests {

	private static final LocalDate START = LocalDate.of(2024, 10, 1);

	private static final LocalDate PLANNED_END = START.plusMonths(24);

	@Test
	void beforeThePlannedEndNothingIsPastIt() {
		assertThat(ProgrammeMonths.pastPlannedEnd(PLANNED_END, LocalDate.of(2026, 9, 30), null, null)).isEqualTo(-1);
		assertThat(ProgrammeMonths.pastPlannedEnd(PLANNED_END, PLANNED_END, null, null)).isEqualTo(-1);
	}

	@Test
	void monthsPastThePlannedEndAreWholeMonths() {
		assertThat(ProgrammeMonths.pastPlannedEnd(PLANNED_END, PLANNED_END.plusDays(1), null, null)).isZero();
		assertThat(ProgrammeMonths.pastPlannedEnd(PLANNED_END, LocalDate.of(2026, 12, 15), null, null)).isEqualTo(2);
		assertThat(ProgrammeMonths.elapsed(START, LocalDate.of(2026, 12, 15), null, null)).isEqualTo(26);
	}

	@Test
	void aWithdrawalStopsTheCountWhereItStopsTheMonthsOnProgramme() {
		assertThat(
				ProgrammeMonths.pastPlannedEnd(PLANNED_END, LocalDate.of(2027, 6, 1), null, LocalDate.of(2026, 9, 1)))
			.isEqualTo(-1);
		assertThat(
				ProgrammeMonths.pastPlannedEnd(PLANNED_END, LocalDate.of(2027, 6, 1), LocalDate.of(2026, 11, 2), null))
			.isEqualTo(1);
	}

	@Test
	void pastThePlannedEndReadsAsSuch() throws IOException {
		Properties messages = new Properties();
		try (InputStream in = getClass().getResourceAsStream("/messages.properties")) {
			messages.load(new InputStreamReader(in, StandardCharsets.UTF_8));
		}
		MessageFormat past = new MessageFormat(messages.getProperty("apprentice.monthsPast"), Locale.UK);
		assertThat(past.format(new Object[] { 26L, 2L })).isEqualTo("26 months, 2 past the planned end");
		assertThat(past.format(new Object[] { 25L, 1L })).isEqualTo("25 months, 1 past the planned end");
		assertThat(past.format(new Object[] { 24L, 0L })).isEqualTo("24 months, just past the planned end");
	}

}
