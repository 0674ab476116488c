package org.hcstracker.programme;

import java.time.LocalDate;

import org.hcstracker.people.CurrentUser;
import org.hcstracker.people.Role;
import org.hcstracker.testsupport.TestAccounts;
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
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
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
	TestAccounts testAccounts;

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
		this.mvc
			.perform(post("/admin/apprentices/{id}/withdraw", enrolled.id()).with(user(admin))
				.with(csrf())
				.param("withdrawOn", "31/07/2026")
				.param("withdrawReason", ""))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrorCode("withdrawForm", "withdrawOn", "typeMismatch"))
			.andExpect(model().attributeHasFieldErrorCode("withdrawForm", "withdrawReason", "NotBlank"))
			.andExpect(content().string(containsString("value=\"31/07/2026\"")));
		assertThat(this.directory.profile(enrolled.id(), admin).status()).isEqualTo(ApprenticeStatus.ON_PROGRAMME);
	}

	@Test
	void aWithdrawalOffersNoDateAndIsRecordedOnlyFromTheStepThatRestatesIt() throws Exception {
		CurrentUser admin = this.testApprentices.admin();
		Enrolled enrolled = this.testApprentices.enrolNew();
		this.mvc.perform(get("/admin/apprentices/{id}/manage", enrolled.id()).with(user(admin)))
			.andExpect((result) -> assertThat(
					((ManageForms.WithdrawForm) result.getModelAndView().getModel().get("withdrawForm")).withdrawOn())
				.as("no date offered")
				.isNull());
		this.mvc
			.perform(post("/admin/apprentices/{id}/withdraw", enrolled.id()).with(user(admin))
				.with(csrf())
				.param("withdrawReason", "Moved abroad"))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrorCode("withdrawForm", "withdrawOn", "NotNull"));
		String left = LocalDate.now().minusDays(3).toString();
		this.mvc
			.perform(post("/admin/apprentices/{id}/withdraw", enrolled.id()).with(user(admin))
				.with(csrf())
				.param("withdrawOn", left)
				.param("withdrawReason", "Moved abroad"))
			.andExpect(status().isOk())
			.andExpect(view().name("programme/confirm-withdrawal"))
			.andExpect(content().string(containsString("Moved abroad")))
			.andExpect(content().string(containsString("Confirm: withdraw the apprentice")));
		assertThat(this.directory.profile(enrolled.id(), admin).status()).as("nothing recorded until confirmed")
			.isEqualTo(ApprenticeStatus.ON_PROGRAMME);
		this.mvc
			.perform(post("/admin/apprentices/{id}/withdraw", enrolled.id()).with(user(admin))
				.with(csrf())
				.param("withdrawOn", left)
				.param("withdrawReason", "Moved abroad")
				.param("confirmed", "true"))
			.andExpect(redirectedUrl("/admin/apprentices/" + enrolled.id() + "/manage"));
		assertThat(this.directory.profile(enrolled.id(), admin).status()).isEqualTo(ApprenticeStatus.WITHDRAWN);
	}

	@Test
	void aCaseloadMovesOnlyFromTheStepThatRestatesIt() throws Exception {
		CurrentUser admin = this.testApprentices.admin();
		Enrolled enrolled = this.testApprentices.enrolNew();
		long to = this.testAccounts.person(Role.COACH).id();
		this.mvc.perform(post("/admin/caseloads/move").with(user(admin)).with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("There is a problem")));
		this.mvc
			.perform(post("/admin/caseloads/move").with(user(admin))
				.with(csrf())
				.param("fromCoachId", String.valueOf(enrolled.coach().id()))
				.param("toCoachId", String.valueOf(to)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("1 apprentice is on the programme with")))
			.andExpect(content().string(containsString("Confirm: move 1 apprentice")));
		assertThat(this.directory.profile(enrolled.id(), admin).coachId()).isEqualTo(enrolled.coach().id());
		this.mvc
			.perform(post("/admin/caseloads/move").with(user(admin))
				.with(csrf())
				.param("fromCoachId", String.valueOf(enrolled.coach().id()))
				.param("toCoachId", String.valueOf(to))
				.param("confirmed", "true"))
			.andExpect(flash().attribute("flashMessage", "caseload.move.done"));
		assertThat(this.directory.profile(enrolled.id(), admin).coachId()).isEqualTo(to);
	}

	@Test
	void managingAnUnknownApprenticeIsNotFound() throws Exception {
		this.mvc
			.perform(post("/admin/apprentices/{id}/withdraw", Long.MAX_VALUE).with(user(this.testApprentices.admin()))
				.with(csrf())
				.param("withdrawOn", LocalDate.now().toString())
				.param("withdrawReason", "Moved abroad")
				.param("confirmed", "true"))
			.andExpect(status().isNotFound());
	}

}
