package org.hcstracker.security;

import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;

import org.hcstracker.audit.AuditRecord.Actor;
import org.hcstracker.people.AccountService;
import org.hcstracker.people.AccountView;
import org.hcstracker.people.EmailAddress;
import org.hcstracker.people.NewAccount;
import org.hcstracker.people.Role;
import org.hcstracker.testsupport.IntegrationTest;
import org.hcstracker.testsupport.TestAccounts;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.web.server.autoconfigure.ServerProperties;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SignInAndAccessTests {

	private static final Map<Role, String> AREAS = new EnumMap<>(Map.of(Role.APPRENTICE, "/apprentice", Role.COACH,
			"/coach", Role.EMPLOYER, "/employer", Role.ASSESSOR, "/assessor", Role.ADMIN, "/admin"));

	@Autowired
	MockMvc mvc;

	@Autowired
	TestAccounts testAccounts;

	@Autowired
	AccountService accountService;

	@Autowired
	ServerProperties serverProperties;

	private final Map<Role, AccountView> people = new EnumMap<>(Role.class);

	@BeforeAll
	void people() {
		for (Role role : Role.values()) {
			this.people.put(role, this.testAccounts.person(role));
		}
	}

	static Stream<Arguments> everyRoleAgainstEveryArea() {
		return Stream.of(Role.values())
			.flatMap((role) -> Stream.of(Role.values()).map((areaOwner) -> Arguments.of(role, areaOwner)));
	}

	@ParameterizedTest(name = "{0} in the {1} area")
	@MethodSource("everyRoleAgainstEveryArea")
	void eachRoleReachesItsOwnAreaAndNoOther(Role role, Role areaOwner) throws Exception {
		var result = this.mvc
			.perform(get(AREAS.get(areaOwner)).with(user(TestAccounts.signedIn(this.people.get(role)))));
		if (role == areaOwner) {
			result.andExpect(status().isOk()).andExpect(view().name("home/" + role.name().toLowerCase()));
		}
		else {
			result.andExpect(status().isForbidden());
		}
	}

	@ParameterizedTest
	@EnumSource(Role.class)
	void anonymousPeopleAreSentToSignIn(Role areaOwner) throws Exception {
		this.mvc.perform(get(AREAS.get(areaOwner))).andExpect(redirectedUrl("/login"));
	}

	@ParameterizedTest
	@EnumSource(Role.class)
	void signingInLandsOnTheRolesHome(Role role) throws Exception {
		AccountView person = this.people.get(role);
		this.mvc
			.perform(
					post("/login").param("email", person.email()).param("password", TestAccounts.PASSWORD).with(csrf()))
			.andExpect(redirectedUrl(AREAS.get(role)));
	}

	@Test
	void signingInIgnoresTheCaseOfTheEmail() throws Exception {
		AccountView coach = this.people.get(Role.COACH);
		this.mvc
			.perform(post("/login").param("email", " " + coach.email().toUpperCase() + " ")
				.param("password", TestAccounts.PASSWORD)
				.with(csrf()))
			.andExpect(redirectedUrl("/coach"));
	}

	@Test
	void theRootSendsASignedInPersonHome() throws Exception {
		this.mvc.perform(get("/").with(user(TestAccounts.signedIn(this.people.get(Role.EMPLOYER)))))
			.andExpect(redirectedUrl("/employer"));
	}

	@Test
	void afterSigningInAPersonGoesBackWhereTheyWereGoing() throws Exception {
		AccountView coach = this.people.get(Role.COACH);
		MockHttpSession session = new MockHttpSession();
		this.mvc.perform(get("/coach").queryParam("page", "2").session(session)).andExpect(redirectedUrl("/login"));

		String target = this.mvc
			.perform(post("/login").session(session)
				.param("email", coach.email())
				.param("password", TestAccounts.PASSWORD)
				.with(csrf()))
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		assertThat(target).startsWith("http://localhost/coach?page=2");
	}

	@Test
	void aWrongPasswordAndAnUnknownEmailGetTheSameMessageAndKeepWhatWasTyped() throws Exception {
		AccountView apprentice = this.people.get(Role.APPRENTICE);
		String wrongPassword = failedSignInPage(apprentice.email(), "not-the-password");
		String unknownEmail = failedSignInPage("nobody-" + UUID.randomUUID() + "@example.test", "whatever-it-is");

		String message = "The email address or password is not right. Check them and try again.";
		assertThat(wrongPassword).contains(message).contains("value=\"" + apprentice.email() + "\"");
		assertThat(unknownEmail).contains(message);
		assertThat(wrongPassword).doesNotContain("not-the-password");
	}

	@Test
	void anAccountWithoutAPasswordCannotSignIn() throws Exception {
		AccountView noPassword = this.accountService
			.create(new NewAccount("New Starter", new EmailAddress("new-" + UUID.randomUUID() + "@example.test"),
					Role.APPRENTICE, this.people.get(Role.APPRENTICE).organisationId()), Actor.system("Test"));
		this.mvc.perform(post("/login").param("email", noPassword.email()).param("password", "").with(csrf()))
			.andExpect(redirectedUrl("/login?error"));
	}

	@Test
	void signingOutEndsTheSession() throws Exception {
		this.mvc.perform(post("/logout").with(user(TestAccounts.signedIn(this.people.get(Role.COACH)))).with(csrf()))
			.andExpect(redirectedUrl("/login?signedOut"));
		this.mvc.perform(get("/login").param("signedOut", ""))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("You have signed out.")));
	}

	@Test
	void aFormPostWithoutACsrfTokenIsRefused() throws Exception {
		AccountView coach = this.people.get(Role.COACH);
		this.mvc.perform(post("/login").param("email", coach.email()).param("password", TestAccounts.PASSWORD))
			.andExpect(status().isForbidden());
		this.mvc.perform(post("/logout").with(user(TestAccounts.signedIn(coach)))).andExpect(status().isForbidden());
	}

	@Test
	void pagesCarryTheSecurityHeaders() throws Exception {
		this.mvc.perform(get("/login"))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Security-Policy",
					org.hamcrest.Matchers.allOf(org.hamcrest.Matchers.containsString("default-src 'self'"),
							org.hamcrest.Matchers.containsString("script-src 'self';"),
							org.hamcrest.Matchers.containsString("style-src 'self';"),
							org.hamcrest.Matchers.containsString("frame-ancestors 'none'"),
							org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString("unsafe-inline")))))
			.andExpect(header().string("Referrer-Policy", "same-origin"))
			.andExpect(header().string("X-Content-Type-Options", "nosniff"))
			.andExpect(header().string("X-Frame-Options", "DENY"));
	}

	@Test
	void sessionsTimeOutAfterThirtyMinutes() {
		assertThat(this.serverProperties.getServlet().getSession().getTimeout()).isEqualTo(Duration.ofMinutes(30));
	}

	@Test
	void onlyHealthAndInfoArePublicOnTheActuator() throws Exception {
		this.mvc.perform(get("/actuator/health")).andExpect(status().isOk());
		this.mvc.perform(get("/actuator/info")).andExpect(status().isOk());
		this.mvc.perform(get("/actuator/env")).andExpect(redirectedUrl("/login"));
		this.mvc.perform(get("/actuator/env").with(user(TestAccounts.signedIn(this.people.get(Role.ADMIN)))))
			.andExpect(status().isNotFound());
	}

	private String failedSignInPage(String email, String password) throws Exception {
		MockHttpSession session = new MockHttpSession();
		this.mvc.perform(post("/login").session(session).param("email", email).param("password", password).with(csrf()))
			.andExpect(redirectedUrl("/login?error"));
		return this.mvc.perform(get("/login").queryParam("error", "").session(session))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
	}

}
