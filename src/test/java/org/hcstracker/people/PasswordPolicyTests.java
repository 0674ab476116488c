package org.hcstracker.people;

import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class PasswordPolicyTests {

	private static final String EMAIL = "sam.jones@example.org";

	@Test
	void twelveToOneHundredAndTwentyEightCharactersAreAccepted() {
		assertThatCode(() -> PasswordPolicy.check("purple tractor", EMAIL)).doesNotThrowAnyException();
		assertThatCode(() -> PasswordPolicy.check("x".repeat(11) + "é", EMAIL)).doesNotThrowAnyException();
		assertThatCode(() -> PasswordPolicy.check("ab".repeat(64), EMAIL)).doesNotThrowAnyException();
	}

	@Test
	void lengthIsCountedInCharactersNotBytes() {
		assertRefused("ééééééééééé", "password.tooShort");
		assertThatCode(() -> PasswordPolicy.check("😀".repeat(12), EMAIL)).doesNotThrowAnyException();
	}

	@Test
	void tooShortAndTooLongAreRefused() {
		assertRefused("elevenchars", "password.tooShort");
		assertRefused("a".repeat(129), "password.tooLong");
	}

	@ParameterizedTest
	@ValueSource(strings = { "password1234", "Password1234", "  PASSWORD1234  ", "qwertyuiop123", "123456789012",
			"iloveyou1234", "Summer2026!!", "hcstracker123" })
	void commonPasswordsAreRefusedWhateverTheirCase(String password) {
		assertRefused(password, "password.common");
	}

	@Test
	void theEmailAddressIsNotAPassword() {
		assertRefused("Sam.Jones@example.org", "password.isEmail");
	}

	@Test
	void theShippedListIsLoaded() {
		assertThat(CommonPasswords.size()).isGreaterThan(1000);
		assertThat(CommonPasswords.contains("demo-password")).isFalse();
	}

	@Test
	void aLinkWorksUntilItExpiresOrEnds() {
		Instant issued = Instant.parse("2026-11-25T09:00:00Z");
		PasswordLink link = new PasswordLink(1, "hash", issued, issued.plusSeconds(3600));
		assertThat(link.isUsable(issued.plusSeconds(3599))).isTrue();
		assertThat(link.isUsable(issued.plusSeconds(3600))).isFalse();
		link.end(issued.plusSeconds(10));
		assertThat(link.isUsable(issued.plusSeconds(11))).isFalse();
	}

	@Test
	void onlyTheHashOfATokenIsKept() {
		assertThat(org.hcstracker.shared.SecretToken.hash("token")).hasSize(64)
			.isEqualTo("3c469e9d6c5875d37a43f353d4f88e61fcf812c66eee3457465a40b0da4153e0")
			.doesNotContain("token");
	}

	private static void assertRefused(String password, String messageKey) {
		assertThatExceptionOfType(PeopleRuleException.class).isThrownBy(() -> PasswordPolicy.check(password, EMAIL))
			.extracting(PeopleRuleException::getMessageKey)
			.isEqualTo(messageKey);
	}

}
