package org.hcstracker.security;

import org.hcstracker.people.AccountView;
import org.hcstracker.people.Role;
import org.hcstracker.testsupport.IntegrationTest;
import org.hcstracker.testsupport.TestAccounts;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.availability.AvailabilityChangeEvent;
import org.springframework.boot.availability.ReadinessState;
import org.springframework.context.ApplicationContext;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * While the application is not ready (still starting, loading the demo data), the
 * readiness probe says so and a sign-in is refused with a message, not failed.
 */
@IntegrationTest
class SignInWhileStartingTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	ApplicationContext context;

	@Autowired
	TestAccounts testAccounts;

	@AfterEach
	void ready() {
		AvailabilityChangeEvent.publish(this.context, ReadinessState.ACCEPTING_TRAFFIC);
	}

	@Test
	void theReadinessProbeRefusesTrafficUntilTheApplicationIsReady() throws Exception {
		AvailabilityChangeEvent.publish(this.context, ReadinessState.REFUSING_TRAFFIC);
		this.mvc.perform(get("/actuator/health/readiness")).andExpect(status().isServiceUnavailable());

		AvailabilityChangeEvent.publish(this.context, ReadinessState.ACCEPTING_TRAFFIC);
		this.mvc.perform(get("/actuator/health/readiness")).andExpect(status().isOk());
		this.mvc.perform(get("/actuator/health/liveness")).andExpect(status().isOk());
	}

	@Test
	void aSignInBeforeTheApplicationIsReadyIsRefusedWithAMessageAndKeepsTheEmail() throws Exception {
		AccountView coach = this.testAccounts.person(Role.COACH);
		MockHttpSession session = new MockHttpSession();
		AvailabilityChangeEvent.publish(this.context, ReadinessState.REFUSING_TRAFFIC);

		signIn(coach.email(), TestAccounts.PASSWORD, session).andExpect(redirectedUrl("/login?starting"));
		this.mvc.perform(get("/login").queryParam("starting", "").session(session))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("HCS Tracker is still starting up.")))
			.andExpect(content().string(containsString(coach.email())));

		AvailabilityChangeEvent.publish(this.context, ReadinessState.ACCEPTING_TRAFFIC);
		signIn(coach.email(), TestAccounts.PASSWORD, session).andExpect(redirectedUrl("/coach"));
	}

	@Test
	void refusedAttemptsDoNotCountTowardsTheThrottle() throws Exception {
		AccountView coach = this.testAccounts.person(Role.COACH);
		AvailabilityChangeEvent.publish(this.context, ReadinessState.REFUSING_TRAFFIC);
		for (int i = 0; i < 6; i++) {
			signIn(coach.email(), "wrong-password-" + i, new MockHttpSession())
				.andExpect(redirectedUrl("/login?starting"));
		}

		AvailabilityChangeEvent.publish(this.context, ReadinessState.ACCEPTING_TRAFFIC);
		signIn(coach.email(), TestAccounts.PASSWORD, new MockHttpSession()).andExpect(redirectedUrl("/coach"));
	}

	private ResultActions signIn(String email, String password, MockHttpSession session) throws Exception {
		return this.mvc
			.perform(post("/login").param("email", email).param("password", password).session(session).with(csrf()));
	}

}
