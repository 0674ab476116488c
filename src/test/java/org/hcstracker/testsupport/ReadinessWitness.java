package org.hcstracker.testsupport;

import java.util.ArrayList;
import java.util.List;

import org.hcstracker.people.AccountService;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.availability.ApplicationAvailability;
import org.springframework.boot.availability.AvailabilityChangeEvent;
import org.springframework.boot.availability.ReadinessState;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.event.EventListener;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;

/**
 * Notes the readiness state and whether the demo administrator exists, once before the
 * demo data loader runs and again each time the application's readiness changes.
 */
@TestConfiguration(proxyBeanMethods = false)
public class ReadinessWitness {

	private final List<String> seen = new ArrayList<>();

	private final ApplicationAvailability availability;

	private final AccountService accounts;

	ReadinessWitness(ApplicationAvailability availability, AccountService accounts) {
		this.availability = availability;
		this.accounts = accounts;
	}

	/**
	 * What was seen, in order, such as {@code "REFUSING_TRAFFIC without demo data"}.
	 * @return the states seen, each with whether the demo data was there
	 */
	public List<String> seen() {
		return List.copyOf(this.seen);
	}

	@Bean
	@Order(Ordered.HIGHEST_PRECEDENCE)
	ApplicationRunner beforeTheDemoData() {
		return (args) -> note(this.availability.getReadinessState());
	}

	@EventListener
	void readinessChanged(AvailabilityChangeEvent<ReadinessState> event) {
		note(event.getState());
	}

	private void note(ReadinessState state) {
		boolean demoData = this.accounts.findByEmail("admin@demo.test").isPresent();
		this.seen.add(state + (demoData ? " with demo data" : " without demo data"));
	}

}
