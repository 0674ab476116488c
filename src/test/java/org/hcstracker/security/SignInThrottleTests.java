package org.hcstracker.security;

import java.time.Duration;
import java.time.Instant;

import org.hcstracker.testsupport.MutableClock;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SignInThrottleTests {

	private final MutableClock clock = new MutableClock(Instant.parse("2026-11-25T09:00:00Z"));

	private final SignInThrottle throttle = new SignInThrottle(
			new SignInThrottleProperties(3, 5, Duration.ofMinutes(15)), this.clock);

	@Test
	void blocksAnAccountAtItsThresholdWhateverTheCaseOfTheEmail() {
		this.throttle.recordFailure("a@example.test", "1.1.1.1");
		this.throttle.recordFailure("A@Example.test", "1.1.1.2");
		assertThat(this.throttle.isBlocked("a@example.test", "9.9.9.9")).isFalse();
		this.throttle.recordFailure(" a@example.test ", "1.1.1.3");
		assertThat(this.throttle.isBlocked("a@example.test", "9.9.9.9")).isTrue();
		assertThat(this.throttle.isBlocked("b@example.test", "9.9.9.9")).isFalse();
	}

	@Test
	void blocksANetworkAddressAtItsThreshold() {
		for (int i = 0; i < 4; i++) {
			this.throttle.recordFailure("user" + i + "@example.test", "2.2.2.2");
		}
		assertThat(this.throttle.isBlocked("new@example.test", "2.2.2.2")).isFalse();
		this.throttle.recordFailure("user5@example.test", "2.2.2.2");
		assertThat(this.throttle.isBlocked("new@example.test", "2.2.2.2")).isTrue();
		assertThat(this.throttle.isBlocked("new@example.test", "2.2.2.3")).isFalse();
	}

	@Test
	void failuresOlderThanTheWindowNoLongerCount() {
		for (int i = 0; i < 3; i++) {
			this.throttle.recordFailure("a@example.test", "1.1.1.1");
		}
		this.clock.advance(Duration.ofMinutes(14));
		assertThat(this.throttle.isBlocked("a@example.test", "1.1.1.1")).isTrue();
		this.clock.advance(Duration.ofMinutes(1));
		assertThat(this.throttle.isBlocked("a@example.test", "1.1.1.1")).isFalse();
	}

	@Test
	void aSuccessfulSignInClearsTheAccountsFailuresButNotTheAddresss() {
		for (int i = 0; i < 3; i++) {
			this.throttle.recordFailure("a@example.test", "3.3.3.3");
		}
		this.throttle.recordSuccess("a@example.test");
		assertThat(this.throttle.isBlocked("a@example.test", "4.4.4.4")).isFalse();
		this.throttle.recordFailure("b@example.test", "3.3.3.3");
		this.throttle.recordFailure("c@example.test", "3.3.3.3");
		assertThat(this.throttle.isBlocked("d@example.test", "3.3.3.3")).isTrue();
	}

}
