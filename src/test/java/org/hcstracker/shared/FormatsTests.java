package org.hcstracker.shared;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class FormatsTests {

	@Test
	void aDateHasItsDayShortMonthAndYear() {
		assertThat(Formats.date(LocalDate.of(2026, 12, 1))).isEqualTo("1 Dec 2026");
		assertThat(Formats.date(LocalDate.of(2026, 8, 11))).isEqualTo("11 Aug 2026");
	}

	@Test
	void septemberIsThreeLettersWhateverTheLocale() {
		assertThat(Formats.date(LocalDate.of(2026, 9, 30))).isEqualTo("30 Sep 2026");
		assertThat(Formats.month(YearMonth.of(2025, 9))).isEqualTo("Sep 2025");
	}

	@Test
	void aDateBeyondTheYear9999IsStillWrittenNotAnError() {
		assertThat(Formats.date(LocalDate.of(10000, 1, 1))).isEqualTo("1 Jan +10000");
	}

	@Test
	void aMonthReadsAsOnTheTables() {
		assertThat(Formats.month(YearMonth.of(2025, 10))).isEqualTo("Oct 2025");
	}

	@Test
	void aMomentInWinterIsShownInGreenwichMeanTime() {
		assertThat(Formats.dateTime(Instant.parse("2026-12-01T14:05:00Z"))).isEqualTo("1 Dec 2026, 14:05");
	}

	@Test
	void aMomentInSummerIsShownInBritishSummerTime() {
		assertThat(Formats.dateTime(Instant.parse("2026-07-01T14:05:00Z"))).isEqualTo("1 Jul 2026, 15:05");
	}

	@Test
	void theClocksGoForwardOnTheLastSundayOfMarch() {
		// 29 March 2026: at 01:00 GMT the clocks go forward to 02:00 BST.
		assertThat(Formats.dateTime(Instant.parse("2026-03-29T00:59:00Z"))).isEqualTo("29 Mar 2026, 00:59");
		assertThat(Formats.dateTime(Instant.parse("2026-03-29T01:00:00Z"))).isEqualTo("29 Mar 2026, 02:00");
	}

	@Test
	void theClocksGoBackOnTheLastSundayOfOctober() {
		// 25 October 2026: at 02:00 BST the clocks go back to 01:00 GMT.
		assertThat(Formats.dateTime(Instant.parse("2026-10-25T00:30:00Z"))).isEqualTo("25 Oct 2026, 01:30");
		assertThat(Formats.dateTime(Instant.parse("2026-10-25T01:30:00Z"))).isEqualTo("25 Oct 2026, 01:30");
		assertThat(Formats.dateTime(Instant.parse("2026-10-25T02:30:00Z"))).isEqualTo("25 Oct 2026, 02:30");
	}

	@Test
	void justAfterMidnightInLondonIsTheNextDayThoughStillThePreviousOneInUtc() {
		Instant instant = Instant.parse("2026-06-30T23:10:00Z");
		assertThat(Formats.dateOf(instant)).isEqualTo("1 Jul 2026");
		assertThat(Formats.dateTime(instant)).isEqualTo("1 Jul 2026, 00:10");
	}

	@Test
	void inWinterMidnightInLondonIsMidnightInUtc() {
		assertThat(Formats.dateOf(Instant.parse("2026-12-31T23:59:00Z"))).isEqualTo("31 Dec 2026");
		assertThat(Formats.dateOf(Instant.parse("2027-01-01T00:00:00Z"))).isEqualTo("1 Jan 2027");
	}

	@Test
	void hoursShowAtMostTwoDecimalsWithoutTrailingZeros() {
		assertThat(Formats.hours(new BigDecimal("7.50"))).isEqualTo("7.5 h");
		assertThat(Formats.hours(new BigDecimal("8.00"))).isEqualTo("8 h");
		assertThat(Formats.hours(new BigDecimal("1.25"))).isEqualTo("1.25 h");
		assertThat(Formats.hours(new BigDecimal("460"))).isEqualTo("460 h");
		assertThat(Formats.hours(new BigDecimal("1E+2"))).isEqualTo("100 h");
		assertThat(Formats.hours(new BigDecimal("12.345"))).isEqualTo("12.35 h");
		assertThat(Formats.hours(BigDecimal.ZERO.setScale(2))).isEqualTo("0 h");
		assertThat(Formats.number(new BigDecimal("2300.10"))).isEqualTo("2300.1");
	}

	@Test
	void nothingReadsAsAnEmptyText() {
		assertThat(Formats.date(null)).isEmpty();
		assertThat(Formats.dateOf(null)).isEmpty();
		assertThat(Formats.dateTime(null)).isEmpty();
		assertThat(Formats.month(null)).isEmpty();
		assertThat(Formats.hours(null)).isEmpty();
	}

}
