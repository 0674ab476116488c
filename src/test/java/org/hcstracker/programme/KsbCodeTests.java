package org.hcstracker.programme;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class KsbCodeTests {

	@ParameterizedTest
	@CsvSource({ "K1, KNOWLEDGE", "S12, SKILL", "B3, BEHAVIOUR", "K999, KNOWLEDGE" })
	void aCodesTypeFollowsItsLetter(String code, KsbType type) {
		assertThat(new KsbCode(code).type()).isEqualTo(type);
	}

	@ParameterizedTest
	@ValueSource(strings = { "", "K", "K0", "K01", "k1", "X1", "K1000", " K1", "S1a" })
	void malformedCodesAreRefused(String code) {
		assertThat(KsbCode.isValid(code)).isFalse();
		assertThatIllegalArgumentException().isThrownBy(() -> new KsbCode(code));
	}

}
