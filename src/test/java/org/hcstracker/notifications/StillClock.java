package org.hcstracker.notifications;

import java.time.Instant;

import org.hcstracker.testsupport.MutableClock;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/**
 * A clock that stands still until a test moves it, so that what is due and when a
 * reminder falls are the test's to decide. A class of its own, not nested in a test, so
 * that the tests importing it share one application context.
 */
@TestConfiguration(proxyBeanMethods = false)
class StillClock {

	@Bean
	@Primary
	MutableClock testClock() {
		return new MutableClock(Instant.now());
	}

}
