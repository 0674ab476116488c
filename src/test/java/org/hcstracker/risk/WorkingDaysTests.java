package org.hcstracker.risk;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class WorkingDaysTests {

	private final WorkingDays days = new WorkingDays(List.of(LocalDate.of(2026, 12, 25), LocalDate.of(2026, 12, 28)));

	@Test
	void aWeekendIsNotCounted() {
		// Friday 20 November to Monday 23 November: only the Monday.
		assertThat(this.days.after(LocalDate.of(2026, 11, 20), LocalDate.of(2026, 11, 23))).isEqualTo(1);
		// Monday to the next Monday: five working days.
		assertThat(this.days.after(LocalDate.of(2026, 11, 16), LocalDate.of(2026, 11, 23))).isEqualTo(5);
	}

	@Test
	void bankHolidaysAreNotCounted() {
		// Thursday 24 December to Tuesday 29 December 2026: Christmas Day and the Boxing
		// Day
		// substitute are holidays, the weekend between them too; only the Tuesday counts.
		assertThat(this.days.after(LocalDate.of(2026, 12, 24), LocalDate.of(2026, 12, 29))).isEqualTo(1);
	}

	@Test
	void theSameDayOrAnEarlierOneIsNoWait() {
		assertThat(this.days.after(LocalDate.of(2026, 11, 23), LocalDate.of(2026, 11, 23))).isZero();
		assertThat(this.days.after(LocalDate.of(2026, 11, 23), LocalDate.of(2026, 11, 20))).isZero();
	}

}
