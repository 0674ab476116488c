package org.hcstracker.testsupport;

import java.util.Map;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.DelegatingPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Passwords hashed by bcrypt at its lowest cost in the tests: the same algorithm and the
 * same stored form ({@code {bcrypt}$2a$04$…}), at about a millisecond a hash where the
 * application's cost takes a tenth of a second or more, which the many people the tests
 * set up and the many sign-ins would otherwise spend. Hashes of any other kind are still
 * matched by the application's own encoder.
 */
@TestConfiguration(proxyBeanMethods = false)
public class TestPasswordHashing {

	/** The lowest cost bcrypt allows. */
	private static final int LOWEST_COST = 4;

	@Bean
	static BeanPostProcessor cheapPasswordHashing() {
		return new BeanPostProcessor() {

			@Override
			public Object postProcessAfterInitialization(Object bean, String beanName) {
				if (!(bean instanceof PasswordEncoder application) || !"passwordEncoder".equals(beanName)) {
					return bean;
				}
				DelegatingPasswordEncoder cheap = new DelegatingPasswordEncoder("bcrypt",
						Map.of("bcrypt", new BCryptPasswordEncoder(LOWEST_COST)));
				cheap.setDefaultPasswordEncoderForMatches(application);
				return cheap;
			}

		};
	}

}
