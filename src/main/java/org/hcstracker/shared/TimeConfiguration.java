package org.hcstracker.shared;

import java.time.Clock;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Time comes from an injected {@link Clock} so that rules about dates can be tested.
 * Dates belong to England: a day starts and ends in Europe/London, summer time included.
 */
@Configuration(proxyBeanMethods = false)
class TimeConfiguration {

	@Bean
	Clock clock() {
		return Clock.system(UkTime.ZONE);
	}

	/**
	 * The one formatter of dates, times, months and hours, for templates as {@code @fmt}.
	 * @return the formatter
	 */
	@Bean
	Formats fmt() {
		return new Formats();
	}

}
