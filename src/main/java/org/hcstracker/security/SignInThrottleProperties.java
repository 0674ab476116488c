package org.hcstracker.security;

import java.time.Duration;

import jakarta.validation.constraints.Min;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * How repeated failed sign-ins are slowed down.
 *
 * @param maxFailuresPerAccount failures for one email address within the window after
 * which signing in to it is refused until the window has moved on
 * @param maxFailuresPerAddress failures from one network address within the window after
 * which signing in from it is refused likewise
 * @param window how far back failures count
 */
@ConfigurationProperties(prefix = "hcs.sign-in")
@Validated
record SignInThrottleProperties(@DefaultValue("5") @Min(1) int maxFailuresPerAccount,
		@DefaultValue("20") @Min(1) int maxFailuresPerAddress, @DefaultValue("15m") Duration window) {
}
