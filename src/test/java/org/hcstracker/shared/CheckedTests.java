package org.hcstracker.shared;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

class CheckedTests {

	@Test
	void aValueThatIsPresentIsGivenBack() {
		LocalDate day = LocalDate.of(2026, 12, 1);
		assertThat(Checked.required(day, "startDate")).isSameAs(day);
		assertThat(Checked.required(42L, "coachId")).isEqualTo(42L);
	}

	@Test
	void aMissingValueIsAFaultThatNamesTheField() {
		assertThatIllegalStateException().isThrownBy(() -> Checked.required(null, "coachId"))
			.withMessageContaining("coachId");
	}

}
