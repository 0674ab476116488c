package org.hcstracker.programme;

import org.hcstracker.people.AccountService;
import org.hcstracker.people.AccountView;
import org.hcstracker.people.CurrentUser;
import org.hcstracker.people.Role;
import org.hcstracker.testsupport.IntegrationTest;
import org.hcstracker.testsupport.TestAccounts;
import org.hcstracker.testsupport.TestApprentices;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

/**
 * The enrolment form through HTTP: each kind of bad input comes back on the form with its
 * message and what was typed, and nothing is stored.
 */
@IntegrationTest
class EnrolmentFormTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestAccounts testAccounts;

	@Autowired
	TestApprentices testApprentices;

	@Autowired
	AccountService accounts;

	@Autowired
	ReferenceDataService referenceData;

	@Autowired
	StandardVersionService standards;

	private CurrentUser admin;

	private AccountView lineManager;

	private AccountView coach;

	@BeforeEach
	void people() {
		this.admin = this.testApprentices.admin();
		this.lineManager = this.testAccounts.person(Role.EMPLOYER);
		this.coach = this.testAccounts.person(Role.COACH);
	}

	@Test
	void aGoodFormEnrolsAndOpensTheApprenticesPage() throws Exception {
		String email = "new.starter." + System.nanoTime() + "@example.test";
		this.mvc.perform(form(email, TestApprentices.validUln(), this.lineManager.id()))
			.andExpect(redirectedUrlPattern("/apprentices/*"));
		assertThat(this.accounts.findByEmail(email)).isPresent();
	}

	@Test
	void aLearnerNumberFailingItsCheckComesBackWithItsMessageAndWhatWasTyped() throws Exception {
		String email = "typo." + System.nanoTime() + "@example.test";
		this.mvc.perform(form(email, "9276308687", this.lineManager.id()))
			.andExpect(status().isOk())
			.andExpect(view().name("programme/enrol"))
			.andExpect(model().attributeHasFieldErrorCode("form", "uln", "enrolment.uln.invalid"))
			.andExpect(content().string(containsString("This is not a valid unique learner number")))
			.andExpect(content().string(containsString("value=\"" + email + "\"")))
			.andExpect(content().string(containsString("value=\"9276308687\"")));
		assertThat(this.accounts.findByEmail(email)).isEmpty();
	}

	@Test
	void aLineManagerFromAnotherEmployerComesBackOnTheirField() throws Exception {
		String email = "wrong.manager." + System.nanoTime() + "@example.test";
		AccountView elsewhere = this.testAccounts.person(Role.EMPLOYER);
		this.mvc.perform(form(email, TestApprentices.validUln(), elsewhere.id()))
			.andExpect(status().isOk())
			.andExpect(
					model().attributeHasFieldErrorCode("form", "lineManagerId", "enrolment.lineManager.notOfEmployer"));
		assertThat(this.accounts.findByEmail(email)).isEmpty();
	}

	@Test
	void threeMistakesAreReportedAtOnceAndWhatWasTypedIsKept() throws Exception {
		AccountView elsewhere = this.testAccounts.person(Role.EMPLOYER);
		this.mvc.perform(form(this.coach.email(), "9276308687", elsewhere.id()))
			.andExpect(status().isOk())
			.andExpect(view().name("programme/enrol"))
			.andExpect(model().attributeHasFieldErrorCode("form", "uln", "enrolment.uln.invalid"))
			.andExpect(model().attributeHasFieldErrorCode("form", "email", "account.email.taken"))
			.andExpect(
					model().attributeHasFieldErrorCode("form", "lineManagerId", "enrolment.lineManager.notOfEmployer"))
			.andExpect(model().errorCount(3))
			.andExpect(content().string(containsString("This is not a valid unique learner number")))
			.andExpect(content().string(containsString("works for a different employer")))
			.andExpect(content().string(containsString("value=\"" + this.coach.email() + "\"")))
			.andExpect(content().string(containsString("value=\"9276308687\"")))
			.andExpect(content().string(containsString("value=\"Nadia Hussain\"")))
			.andExpect(content().string(containsString("value=\"" + elsewhere.id() + "\" selected=\"selected\"")));
	}

	@Test
	void missingFieldsAndRuleRefusalsComeInTheSameRound() throws Exception {
		this.mvc.perform(form(this.coach.email(), "9276308687", this.lineManager.id()).with((request) -> {
			request.setParameter("name", "");
			request.setParameter("coachId", "");
			return request;
		}))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrorCode("form", "name", "NotBlank"))
			.andExpect(model().attributeHasFieldErrorCode("form", "coachId", "NotNull"))
			.andExpect(model().attributeHasFieldErrorCode("form", "uln", "enrolment.uln.invalid"))
			.andExpect(model().attributeHasFieldErrorCode("form", "email", "account.email.taken"))
			.andExpect(model().errorCount(4));
	}

	@Test
	void choicesThatNoLongerExistComeBackOnTheirFieldsNotAsAnErrorPage() throws Exception {
		this.mvc.perform(form(this.coach.email(), "9276308687", this.lineManager.id()).with((request) -> {
			request.setParameter("employerId", "987654321");
			request.setParameter("coachId", "987654322");
			return request;
		}))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrorCode("form", "employerId", "enrolment.employer.required"))
			.andExpect(model().attributeHasFieldErrorCode("form", "coachId", "enrolment.coach.required"))
			.andExpect(model().attributeHasFieldErrorCode("form", "uln", "enrolment.uln.invalid"));
	}

	@Test
	void theLineManagersAreOfferedUnderTheirEmployer() throws Exception {
		String employer = this.accounts.find(this.lineManager.id()).organisationName();
		this.mvc.perform(get("/admin/apprentices/new").with(user(this.admin)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("<optgroup label=\"" + employer + "\">")))
			.andExpect(content().string(containsString(
					"<option value=\"" + this.lineManager.id() + "\">" + this.lineManager.name() + "</option>")));
	}

	@Test
	void missingAndMalformedFieldsEachGetAMessage() throws Exception {
		this.mvc
			.perform(post("/admin/apprentices/new").with(user(this.admin))
				.with(csrf())
				.param("name", "")
				.param("email", "")
				.param("uln", "")
				.param("startDate", "2026-02-30")
				.param("plannedOtjHours", "lots"))
			.andExpect(status().isOk())
			.andExpect(view().name("programme/enrol"))
			.andExpect(model().attributeHasFieldErrors("form", "startDate", "plannedOtjHours"))
			.andExpect(model().attributeHasFieldErrorCode("form", "name", "NotBlank"))
			.andExpect(model().attributeHasFieldErrorCode("form", "divisionId", "NotNull"))
			.andExpect(model().attributeHasFieldErrorCode("form", "lineManagerId", "NotNull"))
			.andExpect(content().string(containsString("Enter the apprentice&#39;s full name.")))
			.andExpect(content().string(containsString("value=\"lots\"")))
			.andExpect(content().string(containsString("Enter a real date")))
			.andExpect(content().string(containsString("Enter the planned hours as a number, for example 460")));
	}

	@Test
	void anEndBeforeTheStartIsRefused() throws Exception {
		this.mvc
			.perform(form("early.end." + System.nanoTime() + "@example.test", TestApprentices.validUln(),
					this.lineManager.id())
				.param("plannedEndDate", "2025-01-01"))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrorCode("form", "plannedEndDate",
					"enrolment.plannedEndDate.notAfterStart"));
	}

	private MockHttpServletRequestBuilder form(String email, String uln, long lineManagerId) {
		return post("/admin/apprentices/new").with(user(this.admin))
			.with(csrf())
			.param("name", "Nadia Hussain")
			.param("email", email)
			.param("uln", uln)
			.param("divisionId", String.valueOf(this.referenceData.divisions().get(1).id()))
			.param("standardVersionId",
					String.valueOf(this.standards.versions().isEmpty() ? this.standards
						.createVersion("Form standard " + System.nanoTime(),
								org.hcstracker.audit.AuditRecord.Actor.system("Test"))
						.id() : this.standards.versions().get(0).id()))
			.param("employerId", String.valueOf(this.lineManager.organisationId()))
			.param("lineManagerId", String.valueOf(lineManagerId))
			.param("coachId", String.valueOf(this.coach.id()))
			.param("startDate", "2026-09-01")
			.param("plannedOtjHours", "460");
	}

}
