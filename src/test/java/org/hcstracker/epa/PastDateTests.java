package org.hcstracker.epa;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * A date the assessor or the admin records is given and not after today.
 */
class PastDateTests {

	private static final LocalDate TODAY = LocalDate.of(2026, 10, 5);

	@Test
	void todayAndEarlierDaysAreKept() {
		assertThat(PastDate.of(TODAY, TODAY).value()).isEqualTo(TODAY);
		assertThat(PastDate.of(TODAY.minusYears(1), TODAY).value()).isEqualTo(TODAY.minusYears(1));
	}

	@Test
	void aMissingDateIsRefused() {
		assertRefused(null, "epa.date.required");
	}

	@Test
	void aDateAfterTodayIsRefused() {
		assertRefused(TODAY.plusDays(1), "epa.date.future");
	}

	private static void assertRefused(@Nullable LocalDate typed, String key) {
		assertThatExceptionOfType(EpaRuleException.class).isThrownBy(() -> PastDate.of(typed, TODAY))
			.extracting(EpaRuleException::getMessageKey)
			.isEqualTo(key);
	}

}
