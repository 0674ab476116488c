package org.hcstracker.programme;

import org.hcstracker.testsupport.TestApprentices;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class UniqueLearnerNumberTests {

	@ParameterizedTest
	@ValueSource(strings = { "9276308686", "1830166130", "2860913903", "7030824627", "4518190938" })
	void numbersPassingTheCheckAreValid(String uln) {
		assertThat(UniqueLearnerNumber.isValid(uln)).isTrue();
		assertThat(new UniqueLearnerNumber(uln).value()).isEqualTo(uln);
	}

	@ParameterizedTest
	@ValueSource(strings = { "9276308687", "9276308680", "1234567890", "0276308686", "927630868", "92763086861",
			"92763O8686", "", " 9276308686", "9276 308686" })
	void numbersFailingTheCheckOrTheShapeAreRefused(String uln) {
		assertThat(UniqueLearnerNumber.isValid(uln)).isFalse();
		assertThatIllegalArgumentException().isThrownBy(() -> new UniqueLearnerNumber(uln));
	}

	@RepeatedTest(20)
	void everyGeneratedTestNumberPassesTheCheck() {
		String uln = TestApprentices.validUln();
		int sum = 0;
		for (int i = 0; i < 10; i++) {
			sum += (uln.charAt(i) - '0') * (10 - i);
		}
		assertThat(sum % 11).isEqualTo(10);
		assertThat(UniqueLearnerNumber.isValid(uln)).isTrue();
	}

}
