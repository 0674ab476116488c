package org.hcstracker.people;

import java.util.List;
import java.util.UUID;

import jakarta.persistence.EntityManagerFactory;
import org.hcstracker.audit.AuditRecord.Actor;
import org.hcstracker.testsupport.IntegrationTest;
import org.hcstracker.testsupport.SqlStatements;
import org.hcstracker.testsupport.TestAccounts;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

/**
 * The administrator's organisations and accounts, and setting a password through a link,
 * through HTTP.
 */
@IntegrationTest
class AdminPeopleTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestAccounts testAccounts;

	@Autowired
	OrganisationService organisations;

	@Autowired
	AccountService accounts;

	@Autowired
	AccountAdministration administration;

	@Autowired
	PasswordLinkService links;

	@Autowired
	EntityManagerFactory entityManagerFactory;

	@Test
	void everyOtherRoleIsRefusedThePeoplePages() throws Exception {
		AccountView target = this.testAccounts.person(Role.COACH);
		for (Role role : List.of(Role.APPRENTICE, Role.COACH, Role.EMPLOYER, Role.ASSESSOR)) {
			CurrentUser other = TestAccounts.signedIn(this.testAccounts.person(role));
			for (String page : List.of("/admin/organisations", "/admin/accounts", "/admin/accounts/new",
					"/admin/accounts/" + target.id(), "/admin/organisations/" + target.organisationId() + "/rename")) {
				this.mvc.perform(get(page).with(user(other))).andExpect(status().isForbidden());
			}
			for (String action : List.of("/admin/organisations", "/admin/accounts/new",
					"/admin/accounts/" + target.id() + "/disable", "/admin/accounts/" + target.id() + "/enable",
					"/admin/accounts/" + target.id() + "/password-link")) {
				this.mvc.perform(post(action).with(user(other)).with(csrf())).andExpect(status().isForbidden());
			}
		}
	}

	@Test
	void aDuplicateOrganisationNameComesBackOnTheForm() throws Exception {
		String name = "Harbourside Health " + UUID.randomUUID();
		this.organisations.create(name, OrganisationType.EMPLOYER, Actor.system("Test"));
		this.mvc
			.perform(post("/admin/organisations").with(user(admin()))
				.with(csrf())
				.param("name", name.toUpperCase())
				.param("type", "EMPLOYER"))
			.andExpect(status().isOk())
			.andExpect(view().name("people/organisations"))
			.andExpect(model().attributeHasFieldErrorCode("form", "name", "organisation.name.taken"));
	}

	@Test
	void aDuplicateNameAndAMissingTypeComeBackTogether() throws Exception {
		String name = "Moorland Pathology " + UUID.randomUUID();
		this.organisations.create(name, OrganisationType.EMPLOYER, Actor.system("Test"));
		this.mvc
			.perform(
					post("/admin/organisations").with(user(admin())).with(csrf()).param("name", name).param("type", ""))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrorCode("form", "name", "organisation.name.taken"))
			.andExpect(model().attributeHasFieldErrorCode("form", "type", "NotNull"));
	}

	@Test
	void aNewAccountReportsEveryProblemAtOnce() throws Exception {
		OrganisationView epao = this.organisations.create("Assessors " + UUID.randomUUID(), OrganisationType.EPAO,
				Actor.system("Test"));
		String taken = admin().email();
		this.mvc
			.perform(post("/admin/accounts/new").with(user(admin()))
				.with(csrf())
				.param("name", "")
				.param("email", taken)
				.param("role", "EMPLOYER")
				.param("organisationId", String.valueOf(epao.id())))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrorCode("form", "name", "NotBlank"))
			.andExpect(model().attributeHasFieldErrorCode("form", "email", "account.email.taken"))
			.andExpect(model().attributeHasFieldErrorCode("form", "organisationId", "account.organisation.wrongType"))
			.andExpect(model().errorCount(3));
		this.mvc
			.perform(post("/admin/accounts/new").with(user(admin()))
				.with(csrf())
				.param("name", "Lee Marsh")
				.param("email", "not an address")
				.param("role", "")
				.param("organisationId", "0"))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrorCode("form", "email", "account.email.invalid"))
			.andExpect(model().attributeHasFieldErrorCode("form", "role", "NotNull"))
			.andExpect(model().attributeHasFieldErrorCode("form", "organisationId", "account.organisation.required"));
	}

	@Test
	void theAccountRulesAreCheckedTogetherByTheService() {
		OrganisationView epao = this.organisations.create("Assessors " + UUID.randomUUID(), OrganisationType.EPAO,
				Actor.system("Test"));
		assertThat(this.administration.refusalsOfNew(admin().email(), Role.COACH, epao.id()))
			.extracting((refusal) -> refusal.getMessageKey())
			.containsExactly("account.email.taken", "account.organisation.wrongType");
		assertThat(this.administration.refusalsOfNew("fresh." + UUID.randomUUID() + "@example.test", Role.ASSESSOR,
				epao.id()))
			.isEmpty();
		assertThat(this.organisations.refusalsOfNew(epao.name().toLowerCase()))
			.extracting((refusal) -> refusal.getMessageKey())
			.containsExactly("organisation.name.taken");
		assertThat(this.organisations.refusalsOfNew("  ")).isEmpty();
	}

	@Test
	void aStaleRenameShowsTheConflictPage() throws Exception {
		OrganisationView organisation = this.organisations.create("Old name " + UUID.randomUUID(),
				OrganisationType.EPAO, Actor.system("Test"));
		this.mvc
			.perform(post("/admin/organisations/{id}/rename", organisation.id()).with(user(admin()))
				.with(csrf())
				.param("name", "First new name " + UUID.randomUUID())
				.param("version", "0"))
			.andExpect(redirectedUrl("/admin/organisations"));
		this.mvc
			.perform(post("/admin/organisations/{id}/rename", organisation.id()).with(user(admin()))
				.with(csrf())
				.param("name", "Second new name " + UUID.randomUUID())
				.param("version", "0"))
			.andExpect(status().isConflict())
			.andExpect(view().name("error/409"));
	}

	@Test
	void anAccountInTheWrongKindOfOrganisationComesBackOnTheForm() throws Exception {
		OrganisationView epao = this.organisations.create("Assessors " + UUID.randomUUID(), OrganisationType.EPAO,
				Actor.system("Test"));
		String email = "lm." + UUID.randomUUID() + "@example.test";
		this.mvc
			.perform(post("/admin/accounts/new").with(user(admin()))
				.with(csrf())
				.param("name", "Lee Marsh")
				.param("email", email)
				.param("role", "EMPLOYER")
				.param("organisationId", String.valueOf(epao.id())))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrorCode("form", "organisationId", "account.organisation.wrongType"))
			.andExpect(content().string(containsString("value=\"" + email + "\"")));
	}

	@Test
	void creatingAnAccountShowsItsLinkOnce() throws Exception {
		OrganisationView employer = this.organisations.create("Employer " + UUID.randomUUID(),
				OrganisationType.EMPLOYER, Actor.system("Test"));
		var result = this.mvc
			.perform(post("/admin/accounts/new").with(user(admin()))
				.with(csrf())
				.param("name", "Ruth Okoye")
				.param("email", "ruth." + UUID.randomUUID() + "@example.test")
				.param("role", "EMPLOYER")
				.param("organisationId", String.valueOf(employer.id())))
			.andExpect(redirectedUrlPattern("/admin/accounts/*"))
			.andReturn();
		PasswordLinkNotice notice = (PasswordLinkNotice) result.getFlashMap().get("passwordLink");
		assertThat(notice.personName()).isEqualTo("Ruth Okoye");
		assertThat(notice.url()).startsWith("http://localhost/set-password?token=");
		String token = notice.url().substring(notice.url().indexOf("token=") + 6);
		assertThat(this.links.holderOf(token).name()).isEqualTo("Ruth Okoye");
	}

	@Test
	void anAdministratorCannotDisableThemselvesAndADisabledPersonCannotSignIn() throws Exception {
		AccountView admin = this.testAccounts.person(Role.ADMIN);
		this.mvc
			.perform(post("/admin/accounts/{id}/disable", admin.id()).with(user(TestAccounts.signedIn(admin)))
				.with(csrf()))
			.andExpect(flash().attribute("flashError", "account.disable.self"));

		AccountView coach = this.testAccounts.person(Role.COACH);
		this.mvc
			.perform(post("/admin/accounts/{id}/disable", coach.id()).with(user(TestAccounts.signedIn(admin)))
				.with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("can no longer sign in")))
			.andExpect(content().string(containsString("Confirm: disable the account")));
		this.mvc
			.perform(post("/admin/accounts/{id}/disable", coach.id()).with(user(TestAccounts.signedIn(admin)))
				.param("confirmed", "true")
				.with(csrf()))
			.andExpect(flash().attribute("flashMessage", "account.disabled"));
		this.mvc
			.perform(post("/login").param("email", coach.email()).param("password", TestAccounts.PASSWORD).with(csrf()))
			.andExpect(redirectedUrl("/login?error"));

		this.mvc
			.perform(post("/admin/accounts/{id}/enable", coach.id()).with(user(TestAccounts.signedIn(admin)))
				.with(csrf()))
			.andExpect(flash().attribute("flashMessage", "account.enabled"));
		this.mvc
			.perform(post("/login").param("email", coach.email()).param("password", TestAccounts.PASSWORD).with(csrf()))
			.andExpect(redirectedUrl("/coach"));
	}

	@Test
	void theSetPasswordPageIsOpenToTheLinkHolderAndNeverShowsThePasswordBack() throws Exception {
		AccountView person = this.testAccounts.person(Role.EMPLOYER);
		IssuedPasswordLink link = this.links.issue(person.id(), Actor.system("Test"));

		this.mvc.perform(get("/set-password").param("token", link.token()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Set your password")));
		this.mvc
			.perform(post("/set-password").param("token", link.token())
				.param("password", "short-pw")
				.param("confirmation", "short-pw")
				.with(csrf()))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrorCode("form", "password", "password.tooShort"))
			.andExpect(content().string(not(containsString("short-pw"))));
		this.mvc
			.perform(post("/set-password").param("token", link.token())
				.param("password", "short-pw")
				.param("confirmation", "short-pw!")
				.with(csrf()))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrorCode("form", "password", "password.tooShort"))
			.andExpect(model().attributeHasFieldErrorCode("form", "confirmation", "password.confirmation.different"));
		this.mvc
			.perform(post("/set-password").param("token", link.token())
				.param("password", "quiet meadow sparrow")
				.param("confirmation", "quiet meadow sparrow!")
				.with(csrf()))
			.andExpect(model().attributeHasFieldErrorCode("form", "confirmation", "password.confirmation.different"))
			.andExpect(content().string(not(containsString("quiet meadow sparrow"))));
		this.mvc
			.perform(post("/set-password").param("token", link.token())
				.param("password", "quiet meadow sparrow")
				.param("confirmation", "quiet meadow sparrow")
				.with(csrf()))
			.andExpect(redirectedUrl("/login"))
			.andExpect(flash().attribute("flashMessage", "password.set.done"));
		this.mvc.perform(get("/set-password").param("token", link.token()))
			.andExpect(status().isNotFound())
			.andExpect(content().string(containsString("This link no longer works")));
		this.mvc.perform(
				post("/login").param("email", person.email()).param("password", "quiet meadow sparrow").with(csrf()))
			.andExpect(redirectedUrl("/employer"));
	}

	@Test
	void theListsIssueAFixedNumberOfStatements() throws Exception {
		SqlStatements statements = new SqlStatements(this.entityManagerFactory);
		CurrentUser admin = admin();
		long accountsBefore = statements
			.count(() -> this.mvc.perform(get("/admin/accounts").with(user(admin))).andExpect(status().isOk()));
		long organisationsBefore = statements
			.count(() -> this.mvc.perform(get("/admin/organisations").with(user(admin))).andExpect(status().isOk()));
		for (int i = 0; i < 30; i++) {
			this.organisations.create("Many " + UUID.randomUUID(), OrganisationType.EMPLOYER, Actor.system("Test"));
		}
		for (int i = 0; i < 3; i++) {
			this.testAccounts.person(Role.COACH);
		}
		long accountsAfter = statements
			.count(() -> this.mvc.perform(get("/admin/accounts").with(user(admin))).andExpect(status().isOk()));
		long organisationsAfter = statements
			.count(() -> this.mvc.perform(get("/admin/organisations").with(user(admin))).andExpect(status().isOk()));

		// Each with the header's unread count.
		assertThat(accountsAfter).isEqualTo(accountsBefore).isLessThanOrEqualTo(4);
		assertThat(organisationsAfter).isEqualTo(organisationsBefore).isEqualTo(2);
	}

	private CurrentUser admin() {
		return TestAccounts.signedIn(this.testAccounts.person(Role.ADMIN));
	}

}
