package org.hcstracker.progress;

import org.hcstracker.people.CurrentUser;
import org.hcstracker.testsupport.IntegrationTest;
import org.hcstracker.testsupport.TestApprentices;
import org.hcstracker.testsupport.TestApprentices.Enrolled;
import org.hcstracker.testsupport.TestEvidence;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The review form answers whatever is sent with its field errors on the page: values that
 * cannot be read (a date typed as people write it, a word for a version) are field errors
 * like any other, never an error page.
 */
@IntegrationTest
class ProgressReviewFormTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestApprentices testApprentices;

	@Autowired
	TestEvidence testEvidence;

	@Test
	void anActionsDateThatCannotBeReadIsAFieldError() throws Exception {
		Enrolled enrolled = this.testApprentices.enrolNew();
		CurrentUser coach = this.testEvidence.coach(enrolled);

		this.mvc
			.perform(post("/apprentices/{id}/reviews/new", enrolled.id()).param("heldOn", "2026-11-02")
				.param("rag", "GREEN")
				.param("summary", "Going well")
				.param("actions[0].description", "Finish the audit")
				.param("actions[0].targetDate", "31/07/2026")
				.param("version", "0")
				.with(user(coach))
				.with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Enter a real date")));
	}

	@Test
	void aHeldOnDateAndAVersionThatCannotBeReadAreFieldErrors() throws Exception {
		Enrolled enrolled = this.testApprentices.enrolNew();
		CurrentUser coach = this.testEvidence.coach(enrolled);

		this.mvc
			.perform(post("/apprentices/{id}/reviews/new", enrolled.id()).param("heldOn", "31/07/2026")
				.param("rag", "NO_SUCH_RAG")
				.param("actions[0].description", "x".repeat(6000))
				.param("actions[0].targetDate", "31/07/2026")
				.param("version", "abc")
				.with(user(coach))
				.with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Enter a real date")));
	}

}
