package org.hcstracker.progress;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.hcstracker.programme.ApprenticeDirectory.BreakInLearning;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class ExpectedHoursTests {

	private static final LocalDate START = LocalDate.of(2025, 1, 1);

	@Test
	void theTargetIsSpreadEvenlyOverThePlannedProgramme() {
		ExpectedHours expected = new ExpectedHours(START, START.plusDays(400), new BigDecimal("400"), List.of());
		assertThat(expected.expectedBy(START)).isEqualByComparingTo("0");
		assertThat(expected.expectedBy(START.plusDays(100))).isEqualByComparingTo("100.0");
		assertThat(expected.expectedBy(START.plusDays(400))).isEqualByComparingTo("400.0");
		assertThat(expected.expectedBy(START.plusDays(500))).as("never more than the target")
			.isEqualByComparingTo("400.0");
	}

	@Test
	void aFinishedBreakIsLeftOutOfBothTheElapsedAndThePlannedDays() {
		// A 50-day break moved the planned end from day 400 to day 450.
		List<BreakInLearning> breaks = List.of(new BreakInLearning(START.plusDays(100), START.plusDays(150)));
		ExpectedHours expected = new ExpectedHours(START, START.plusDays(450), new BigDecimal("400"), breaks);
		assertThat(expected.plannedDays()).isEqualTo(400);
		assertThat(expected.elapsedDays(START.plusDays(120))).isEqualTo(100);
		assertThat(expected.expectedBy(START.plusDays(150))).isEqualByComparingTo("100.0");
		assertThat(expected.expectedBy(START.plusDays(250))).isEqualByComparingTo("200.0");
	}

	@Test
	void aBreakUnderWayStopsTheClock() {
		List<BreakInLearning> breaks = List.of(new BreakInLearning(START.plusDays(200), null));
		ExpectedHours expected = new ExpectedHours(START, START.plusDays(400), new BigDecimal("400"), breaks);
		assertThat(expected.expectedBy(START.plusDays(200))).isEqualByComparingTo("200.0");
		assertThat(expected.expectedBy(START.plusDays(260))).isEqualByComparingTo("200.0");
	}

	@Test
	void theProjectionCarriesThePaceSoFarToThePlannedEnd() {
		ExpectedHours expected = new ExpectedHours(START, START.plusDays(400), new BigDecimal("400"), List.of());
		assertThat(expected.projection(new BigDecimal("50"), START.plusDays(100))).isEqualByComparingTo("200.0");
		assertThat(expected.projection(new BigDecimal("10"), START)).isEqualByComparingTo("10.0");
		assertThat(expected.projection(new BigDecimal("420"), START.plusDays(450))).isEqualByComparingTo("420.0");
	}

	@ParameterizedTest
	@ValueSource(strings = { "0.25", "1", "7.5", "12", "11.75" })
	void quarterHoursUpToTwelveAreValid(String hours) {
		assertThat(TrainingHours.isValid(new BigDecimal(hours))).isTrue();
	}

	@ParameterizedTest
	@ValueSource(strings = { "0", "-1", "0.1", "7.3", "12.25", "13" })
	void otherHoursAreRefused(String hours) {
		assertThat(TrainingHours.isValid(new BigDecimal(hours))).isFalse();
	}

}
