package org.hcstracker.security;

import java.time.Duration;
import java.time.Instant;

import javax.sql.DataSource;

import org.hcstracker.testsupport.MutableClock;
import org.hcstracker.testsupport.RepositoryTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The sign-in throttle counts failures in the database: per account whatever the case of
 * the email, per network address across accounts, within the window only, cleared for the
 * account by a success; two throttles on one database (two application nodes) add up each
 * other's failures; expired failures are deleted; and no address is stored as typed.
 */
@RepositoryTest
class SignInThrottleTests {

	private static final SignInThrottleProperties LIMITS = new SignInThrottleProperties(3, 5, Duration.ofMinutes(15));

	private final MutableClock clock = new MutableClock(Instant.parse("2026-11-25T09:00:00Z"));

	@Autowired
	DataSource dataSource;

	private JdbcClient jdbc;

	private SignInThrottle throttle;

	@BeforeEach
	void throttle() {
		this.jdbc = JdbcClient.create(this.dataSource);
		this.throttle = new SignInThrottle(this.jdbc, LIMITS, this.clock);
	}

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

	@Test
	void failuresRecordedByOneNodeCountOnAnother() {
		SignInThrottle otherNode = new SignInThrottle(this.jdbc, LIMITS, this.clock);
		this.throttle.recordFailure("e@example.test", "5.5.5.1");
		otherNode.recordFailure("e@example.test", "5.5.5.2");
		this.throttle.recordFailure("e@example.test", "5.5.5.3");

		assertThat(otherNode.isBlocked("e@example.test", "9.9.9.9")).isTrue();
		assertThat(this.throttle.isBlocked("e@example.test", "9.9.9.9")).isTrue();
	}

	@Test
	void expiredFailuresAreDeletedAsNewOnesAreRecordedAndNoAddressIsStoredAsTyped() {
		this.throttle.recordFailure("f@example.test", "6.6.6.6");
		assertThat(rowsAt(this.clock.instant())).isEqualTo(2);
		assertThat(
				this.jdbc.sql("select count(*) from sign_in_failures where key_hash in ('f@example.test', '6.6.6.6')")
					.query(Long.class)
					.single())
			.isZero();

		this.clock.advance(Duration.ofMinutes(15));
		this.throttle.recordFailure("g@example.test", "7.7.7.7");

		assertThat(rowsAt(this.clock.instant().minus(Duration.ofMinutes(15)))).isZero();
		assertThat(rowsAt(this.clock.instant())).isEqualTo(2);
	}

	private long rowsAt(Instant at) {
		return this.jdbc.sql("select count(*) from sign_in_failures where failed_at = :at")
			.param("at", at.atOffset(java.time.ZoneOffset.UTC))
			.query(Long.class)
			.single();
	}

}
