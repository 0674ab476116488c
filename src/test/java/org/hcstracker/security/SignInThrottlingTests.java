package org.hcstracker.security;

import java.util.UUID;

import org.hcstracker.people.AccountView;
import org.hcstracker.people.Role;
import org.hcstracker.testsupport.IntegrationTest;
import org.hcstracker.testsupport.TestAccounts;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;

/**
 * Through HTTP, with the configured thresholds (5 per account, 20 per address).
 */
@IntegrationTest
class SignInThrottlingTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestAccounts testAccounts;

	@Test
	void theSixthAttemptOnOneAccountIsRefusedEvenWithTheRightPassword() throws Exception {
		AccountView coach = this.testAccounts.person(Role.COACH);
		RequestPostProcessor address = from("10.1.0.1");
		for (int i = 0; i < 4; i++) {
			attempt(coach.email(), "wrong-password-" + i, address).andExpect(redirectedUrl("/login?error"));
		}
		attempt(coach.email(), "wrong-password-5", address).andExpect(redirectedUrl("/login?error"));

		attempt(coach.email(), TestAccounts.PASSWORD, from("10.1.0.2")).andExpect(redirectedUrl("/login?throttled"));
	}

	@Test
	void fewerFailuresThanTheThresholdDoNotBlockTheRightPassword() throws Exception {
		AccountView coach = this.testAccounts.person(Role.COACH);
		RequestPostProcessor address = from("10.2.0.1");
		for (int i = 0; i < 4; i++) {
			attempt(coach.email(), "wrong-password-" + i, address).andExpect(redirectedUrl("/login?error"));
		}
		attempt(coach.email(), TestAccounts.PASSWORD, address).andExpect(redirectedUrl("/coach"));
	}

	@Test
	void anUnknownAddressIsThrottledLikeAKnownOne() throws Exception {
		String unknown = "nobody-" + UUID.randomUUID() + "@example.test";
		for (int i = 0; i < 5; i++) {
			attempt(unknown, "guess-" + i, from("10.3.0.1")).andExpect(redirectedUrl("/login?error"));
		}
		attempt(unknown, "guess-6", from("10.3.0.1")).andExpect(redirectedUrl("/login?throttled"));
	}

	@Test
	void oneNetworkAddressIsThrottledAcrossAccounts() throws Exception {
		RequestPostProcessor address = from("10.4.0.1");
		for (int i = 0; i < 20; i++) {
			attempt("spray-" + i + "-" + UUID.randomUUID() + "@example.test", "guess", address)
				.andExpect(redirectedUrl("/login?error"));
		}
		AccountView admin = this.testAccounts.person(Role.ADMIN);
		attempt(admin.email(), TestAccounts.PASSWORD, address).andExpect(redirectedUrl("/login?throttled"));
		attempt(admin.email(), TestAccounts.PASSWORD, from("10.4.0.2")).andExpect(redirectedUrl("/admin"));
	}

	@Test
	void theThrottledPageSaysWhatToDo() throws Exception {
		String unknown = "nobody-" + UUID.randomUUID() + "@example.test";
		MockHttpSession session = new MockHttpSession();
		for (int i = 0; i < 6; i++) {
			this.mvc.perform(post("/login").session(session)
				.param("email", unknown)
				.param("password", "guess")
				.with(csrf())
				.with(from("10.5.0.1")));
		}
		String page = this.mvc.perform(get("/login").queryParam("throttled", "").session(session))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains("Too many failed attempts to sign in. Wait 15 minutes and try again")
			.contains("value=\"" + unknown + "\"");
	}

	private org.springframework.test.web.servlet.ResultActions attempt(String email, String password,
			RequestPostProcessor address) throws Exception {
		return this.mvc
			.perform(post("/login").param("email", email).param("password", password).with(csrf()).with(address));
	}

	private static RequestPostProcessor from(String remoteAddress) {
		return (request) -> {
			request.setRemoteAddr(remoteAddress);
			return request;
		};
	}

}
