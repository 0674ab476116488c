package org.hcstracker.programme;

import java.util.List;

import org.hcstracker.people.AccountService;
import org.hcstracker.people.AccountView;
import org.hcstracker.people.CurrentUser;
import org.hcstracker.people.Role;
import org.hcstracker.testsupport.IntegrationTest;
import org.hcstracker.testsupport.TestAccounts;
import org.hcstracker.testsupport.TestApprentices;
import org.hcstracker.testsupport.TestApprentices.Enrolled;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultMatcher;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

/**
 * Object-level access through HTTP, with real ids from other scopes: every apprentice
 * page answers 404 to anyone who may not see that apprentice, and the administrator's
 * pages 403 to every other role.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ApprenticeAccessTests {

	/** Every address about one apprentice; later features add theirs here. */
	private static final List<String> APPRENTICE_PAGES = List.of("/apprentices/{id}", "/apprentices/{id}/portfolio",
			"/apprentices/{id}/coverage", "/apprentices/{id}/off-the-job", "/apprentices/{id}/reviews",
			"/apprentices/{id}/gateway", "/apprentices/{id}/epa");

	private static final List<String> ADMIN_PAGES = List.of("/admin/apprentices", "/admin/apprentices/new",
			"/admin/apprentices/{id}/manage", "/admin/caseloads/move", "/admin/audit");

	private static final List<String> ADMIN_ACTIONS = List.of("/admin/apprentices/new", "/admin/apprentices/{id}/coach",
			"/admin/apprentices/{id}/line-manager", "/admin/apprentices/{id}/epao", "/admin/apprentices/{id}/break",
			"/admin/apprentices/{id}/return", "/admin/apprentices/{id}/withdraw", "/admin/caseloads/move");

	@Autowired
	MockMvc mvc;

	@Autowired
	TestAccounts testAccounts;

	@Autowired
	TestApprentices testApprentices;

	@Autowired
	AccountService accounts;

	private Enrolled first;

	private Enrolled second;

	private CurrentUser admin;

	private CurrentUser firstApprentice;

	private CurrentUser colleagueOfFirstLineManager;

	private CurrentUser assessor;

	@BeforeAll
	void twoApprenticesInSeparateScopes() {
		this.first = this.testApprentices.enrolNew();
		this.second = this.testApprentices.enrolNew();
		this.admin = this.testApprentices.admin();
		this.firstApprentice = signedIn(this.accounts.find(this.first.enrolment().accountId()));
		this.colleagueOfFirstLineManager = signedIn(
				this.testAccounts.person(Role.EMPLOYER, this.first.lineManager().organisationId()));
		this.assessor = signedIn(this.testAccounts.person(Role.ASSESSOR));
	}

	@Test
	void theAdministratorSeesEveryApprentice() throws Exception {
		expect(this.admin, this.first.id(), status().isOk());
		expect(this.admin, this.second.id(), status().isOk());
	}

	@Test
	void aCoachSeesTheirCaseloadOnly() throws Exception {
		expect(signedIn(this.first.coach()), this.first.id(), status().isOk());
		expect(signedIn(this.first.coach()), this.second.id(), status().isNotFound());
		expect(signedIn(this.second.coach()), this.first.id(), status().isNotFound());
	}

	@Test
	void aLineManagerSeesTheirOrganisationsApprenticesOnly() throws Exception {
		expect(signedIn(this.first.lineManager()), this.first.id(), status().isOk());
		expect(this.colleagueOfFirstLineManager, this.first.id(), status().isOk());
		expect(signedIn(this.first.lineManager()), this.second.id(), status().isNotFound());
		expect(this.colleagueOfFirstLineManager, this.second.id(), status().isNotFound());
	}

	@Test
	void anApprenticeSeesThemselvesOnly() throws Exception {
		expect(this.firstApprentice, this.first.id(), status().isOk());
		expect(this.firstApprentice, this.second.id(), status().isNotFound());
	}

	@Test
	void anAssessorWithNoAssignmentSeesNoOne() throws Exception {
		expect(this.assessor, this.first.id(), status().isNotFound());
		expect(this.assessor, this.second.id(), status().isNotFound());
	}

	@Test
	void theTimelineNamesTheStatusAnEnrolmentStartsIn() throws Exception {
		this.mvc.perform(get("/apprentices/{id}", this.first.id()).with(user(this.admin)))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("(On programme)")))
			.andExpect(content().string(org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString("??"))));
	}

	@Test
	void anUnknownOrMalformedIdIsNotFound() throws Exception {
		expect(this.admin, Long.MAX_VALUE, status().isNotFound());
		this.mvc.perform(get("/apprentices/not-a-number").with(user(this.admin))).andExpect(status().isNotFound());
	}

	@Test
	void theNotFoundPageShowsNothingOfTheApprentice() throws Exception {
		String name = this.accounts.find(this.second.enrolment().accountId()).name();
		this.mvc.perform(get("/apprentices/{id}", this.second.id()).with(user(signedIn(this.first.coach()))))
			.andExpect(status().isNotFound())
			.andExpect(view().name("error/404"))
			.andExpect(content().string(org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString(name))));
	}

	@Test
	void everyOtherRoleIsRefusedTheAdministratorsPagesAndActions() throws Exception {
		List<CurrentUser> others = List.of(signedIn(this.first.coach()), signedIn(this.first.lineManager()),
				this.firstApprentice, this.assessor);
		for (CurrentUser other : others) {
			for (String page : ADMIN_PAGES) {
				this.mvc.perform(get(page, this.first.id()).with(user(other))).andExpect(status().isForbidden());
			}
			for (String action : ADMIN_ACTIONS) {
				this.mvc.perform(post(action, this.first.id()).with(user(other)).with(csrf()))
					.andExpect(status().isForbidden());
			}
		}
	}

	private void expect(CurrentUser viewer, long apprenticeId, ResultMatcher status) throws Exception {
		for (String page : APPRENTICE_PAGES) {
			this.mvc.perform(get(page, apprenticeId).with(user(viewer))).andExpect(status);
		}
	}

	private static CurrentUser signedIn(AccountView account) {
		return TestAccounts.signedIn(account);
	}

}
