package org.hcstracker.web;

import java.time.LocalDate;
import java.util.List;

import org.hcstracker.people.CurrentUser;
import org.hcstracker.programme.ApprenticeLifecycleService;
import org.hcstracker.testsupport.IntegrationTest;
import org.hcstracker.testsupport.TestApprentices;
import org.hcstracker.testsupport.TestApprentices.Enrolled;
import org.hcstracker.testsupport.TestEvidence;
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
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * What used to end on an error page now ends on a page with a message: a rule's refusal
 * that no form caught, a page number out of range, a withdrawn apprentice's actions, and
 * feedback longer than its limit.
 */
@IntegrationTest
class SafetyNetTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestApprentices testApprentices;

	@Autowired
	TestEvidence testEvidence;

	@Autowired
	ApprenticeLifecycleService lifecycle;

	@Test
	void aRefusalNoFormCaughtIsAMessageOnThePageThePersonCameFrom() throws Exception {
		Enrolled enrolled = this.testApprentices.enrolNew();
		this.lifecycle.withdraw(enrolled.id(), LocalDate.now(), "Left the trust", this.testApprentices.admin());
		CurrentUser coach = this.testEvidence.coach(enrolled);
		String reviews = "/apprentices/" + enrolled.id() + "/reviews";

		this.mvc.perform(get(reviews).with(user(coach)))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("/reviews/new"))))
			.andExpect(content().string(containsString("Reviews cannot be recorded for an apprentice who has")));
		this.mvc.perform(get(reviews + "/new").header("Referer", "http://localhost" + reviews).with(user(coach)))
			.andExpect(redirectedUrl(reviews))
			.andExpect(flash().attribute("flashError", "progressReview.apprenticeNotActive"));
		this.mvc.perform(get(reviews + "/new").with(user(coach)))
			.andExpect(status().isConflict())
			.andExpect(content().string(containsString("Reviews cannot be recorded for an apprentice who has")))
			.andExpect(content().string(containsString("Go to your home page")))
			.andExpect(content().string(containsString(">Sign out</button>")))
			.andExpect(content().string(containsString("<title>Error: This could not be done")));
		this.mvc.perform(get(reviews + "/new").header("Referer", "https://elsewhere.example/phish").with(user(coach)))
			.andExpect(status().isConflict());
		this.mvc
			.perform(get(reviews + "/new").header("Referer", "http://localhost" + reviews + "?_csrf=abc-123&page=1")
				.with(user(coach)))
			.andExpect(redirectedUrl(reviews + "?page=1"));
	}

	@Test
	void aWithdrawnApprenticeIsNotOfferedWhatTheServiceRefuses() throws Exception {
		Enrolled enrolled = this.testApprentices.enrolNew();
		long draft = this.testEvidence.draft(enrolled, "Ward audit", 7);
		long submitted = this.testEvidence.submitted(enrolled, "Quality log", 4);
		this.lifecycle.withdraw(enrolled.id(), LocalDate.now(), "Left the trust", this.testApprentices.admin());
		CurrentUser apprentice = this.testEvidence.apprentice(enrolled);
		String evidence = "/apprentices/" + enrolled.id() + "/evidence/";

		this.mvc.perform(get(evidence + draft).with(user(apprentice)))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("/submit"))))
			.andExpect(content().string(not(containsString("/edit"))));
		this.mvc.perform(get(evidence + submitted).with(user(apprentice)))
			.andExpect(content().string(not(containsString("/take-back"))));
		this.mvc
			.perform(post(evidence + draft + "/submit").param("version", "0")
				.header("Referer", "http://localhost" + evidence + draft)
				.with(user(apprentice))
				.with(csrf()))
			.andExpect(redirectedUrl(evidence + draft))
			.andExpect(flash().attribute("flashError", "evidence.apprenticeNotActive"));
	}

	@Test
	void aRefusalSentFromAPageAFormRenderedIsAMessageNotARedirectToAnAddressOnlyFormsAnswer() throws Exception {
		Enrolled enrolled = this.testApprentices.enrolNew();
		long draft = this.testEvidence.draft(enrolled, "Ward audit", 7);
		this.lifecycle.withdraw(enrolled.id(), LocalDate.now(), "Left the trust", this.testApprentices.admin());
		CurrentUser apprentice = this.testEvidence.apprentice(enrolled);
		String evidence = "/apprentices/" + enrolled.id() + "/evidence/" + draft;

		this.mvc
			.perform(post(evidence + "/submit").param("version", "0")
				.header("Referer", "http://localhost" + evidence + "/take-back")
				.with(user(apprentice))
				.with(csrf()))
			.andExpect(status().isConflict())
			.andExpect(content().string(containsString("no longer on the programme")))
			.andExpect(content().string(containsString("Go to your home page")));
		this.mvc
			.perform(post(evidence + "/submit").param("version", "0")
				.header("Referer", "http://localhost" + evidence + "/edit")
				.with(user(apprentice))
				.with(csrf()))
			.andExpect(redirectedUrl(evidence + "/edit"));
	}

	@Test
	void feedbackLongerThanItsLimitIsAFieldErrorAndTheFieldSaysTheLimit() throws Exception {
		Enrolled enrolled = this.testApprentices.enrolNew();
		long submitted = this.testEvidence.submitted(enrolled, "Quality log", 4);
		CurrentUser coach = this.testEvidence.coach(enrolled);
		String evidence = "/apprentices/" + enrolled.id() + "/evidence/" + submitted;
		this.mvc.perform(get(evidence).with(user(coach)))
			.andExpect(content().string(containsString("maxlength=\"5000\"")));
		for (String decision : List.of("/accept", "/return")) {
			this.mvc
				.perform(post(evidence + decision)
					.param("version", String.valueOf(this.testEvidence.version(enrolled, submitted)))
					.param("feedback", "a".repeat(5001))
					.with(user(coach))
					.with(csrf()))
				.andExpect(status().isOk())
				.andExpect(content().string(containsString("There is a problem")))
				.andExpect(content().string(containsString("Keep the feedback to at most 5,000 characters.")));
		}
		assertThat(this.testEvidence.version(enrolled, submitted)).as("nothing changed").isNotNegative();
	}

	@Test
	void aPageNumberOutOfRangeShowsTheLastPage() throws Exception {
		CurrentUser admin = this.testApprentices.admin();
		for (String list : List.of("/admin/accounts", "/admin/apprentices", "/admin/audit")) {
			this.mvc.perform(get(list).param("page", "99999999").with(user(admin)))
				.andExpect(status().is3xxRedirection())
				.andExpect((result) -> assertThat(result.getResponse().getRedirectedUrl()).startsWith(list)
					.containsPattern("page=\\d+$")
					.doesNotContain("99999999"));
			for (String page : List.of("-3", "x", "2147483648")) {
				this.mvc.perform(get(list).param("page", page).with(user(admin)))
					.andExpect((result) -> assertThat(result.getResponse().getStatus()).isIn(200, 302));
			}
		}
		String last = this.mvc.perform(get("/admin/accounts").param("page", "500000").with(user(admin)))
			.andExpect(status().is3xxRedirection())
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		assertThat(last).startsWith("/admin/accounts?page=");
		int lastPage = Integer.parseInt(last.substring("/admin/accounts?page=".length()));
		this.mvc.perform(get("/admin/accounts").param("page", String.valueOf(lastPage)).with(user(admin)))
			.andExpect(status().isOk());
		this.mvc.perform(get("/admin/accounts").param("page", String.valueOf(lastPage + 1)).with(user(admin)))
			.andExpect(redirectedUrl("/admin/accounts?page=" + lastPage));
	}

}
