package org.hcstracker.programme;

import java.time.LocalDate;

import org.hcstracker.people.CurrentUser;
import org.hcstracker.testsupport.IntegrationTest;
import org.hcstracker.testsupport.TestApprentices;
import org.hcstracker.testsupport.TestApprentices.Enrolled;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

@IntegrationTest
class ManageEnrolmentFormTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestApprentices testApprentices;

	@Autowired
	ApprenticeDirectory directory;

	@Test
	void aBreakInTheFutureComesBackWithItsMessageAndReason() throws Exception {
		CurrentUser admin = this.testApprentices.admin();
		Enrolled enrolled = this.testApprentices.enrolNew();
		this.mvc
			.perform(post("/admin/apprentices/{id}/break", enrolled.id()).with(user(admin))
				.with(csrf())
				.param("breakOn", LocalDate.now().plusDays(10).toString())
				.param("breakReason", "Planned surgery"))
			.andExpect(status().isOk())
			.andExpect(view().name("programme/manage"))
			.andExpect(model().attributeHasFieldErrorCode("breakForm", "breakOn", "apprentice.eventDate.invalid"))
			.andExpect(content().string(containsString("Planned surgery")));
		assertThat(this.directory.profile(enrolled.id(), admin).status()).isEqualTo(ApprenticeStatus.ON_PROGRAMME);
	}

	@Test
	void aWithdrawalWithoutAReasonIsRefused() throws Exception {
		CurrentUser admin = this.testApprentices.admin();
		Enrolled enrolled = this.testApprentices.enrolNew();
		this.mvc
			.perform(post("/admin/apprentices/{id}/withdraw", enrolled.id()).with(user(admin))
				.with(csrf())
				.param("withdrawOn", LocalDate.now().toString())
				.param("withdrawReason", ""))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrorCode("withdrawForm", "withdrawReason", "NotBlank"));
		assertThat(this.directory.profile(enrolled.id(), admin).status()).isEqualTo(ApprenticeStatus.ON_PROGRAMME);
	}

	@Test
	void aGoodWithdrawalRedirectsBackToTheManagePage() throws Exception {
		CurrentUser admin = this.testApprentices.admin();
		Enrolled enrolled = this.testApprentices.enrolNew();
		this.mvc
			.perform(post("/admin/apprentices/{id}/withdraw", enrolled.id()).with(user(admin))
				.with(csrf())
				.param("withdrawOn", LocalDate.now().toString())
				.param("withdrawReason", "Moved abroad"))
			.andExpect(redirectedUrl("/admin/apprentices/" + enrolled.id() + "/manage"));
		assertThat(this.directory.profile(enrolled.id(), admin).status()).isEqualTo(ApprenticeStatus.WITHDRAWN);
	}

	@Test
	void managingAnUnknownApprenticeIsNotFound() throws Exception {
		this.mvc
			.perform(post("/admin/apprentices/{id}/withdraw", Long.MAX_VALUE).with(user(this.testApprentices.admin()))
				.with(csrf())
				.param("withdrawOn", LocalDate.now().toString())
				.param("withdrawReason", "Moved abroad"))
			.andExpect(status().isNotFound());
	}

}
