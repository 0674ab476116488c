package org.hcstracker.gateway;

import java.time.LocalDate;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.hcstracker.people.CurrentUser;
import org.hcstracker.people.Role;
import org.hcstracker.testsupport.IntegrationTest;
import org.hcstracker.testsupport.SampleFiles;
import org.hcstracker.testsupport.TestAccounts;
import org.hcstracker.testsupport.TestApprentices;
import org.hcstracker.testsupport.TestApprentices.Enrolled;
import org.hcstracker.testsupport.TestEpa;
import org.hcstracker.testsupport.TestEpa.AtGateway;
import org.hcstracker.testsupport.TestEvidence;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The gateway page and its forms through HTTP: who sees which form, what a refusal says,
 * and 404 for everyone outside the apprentice's scope.
 */
@IntegrationTest
class GatewayPageTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestAccounts testAccounts;

	@Autowired
	TestApprentices testApprentices;

	@Autowired
	TestEvidence testEvidence;

	@Autowired
	TestEpa testEpa;

	@Test
	void theCoachRecordsAnItemAndTheLineManagerIsToldWhyItCannotBeApprovedYet() throws Exception {
		Enrolled enrolled = this.testApprentices.enrolNew();
		CurrentUser coach = this.testEvidence.coach(enrolled);
		CurrentUser lineManager = TestAccounts.signedIn(enrolled.lineManager());
		String page = "/apprentices/" + enrolled.id() + "/gateway";

		this.mvc
			.perform(post(page).param("item", "MATHS")
				.param("basis", "EXEMPT")
				.param("detail", "Degree in mathematics")
				.with(user(coach))
				.with(csrf()))
			.andExpect(redirectedUrl(page))
			.andExpect(flash().attribute("flashMessage", "gateway.item.recorded"));
		this.mvc.perform(get(page).with(user(coach)))
			.andExpect(content().string(containsString("Degree in mathematics")))
			.andExpect(content().string(containsString("1 of 5 items met.")))
			.andExpect(content().string(containsString("Record Level 2 English")))
			.andExpect(content().string(not(containsString("Approve gateway"))));

		this.mvc.perform(post(page).param("item", "ENGLISH").param("detail", "GCSE").with(user(coach)).with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("href=\"#basis-ENGLISH\"")))
			.andExpect(content().string(containsString("Choose how this item is met.")))
			.andExpect(content().string(containsString("value=\"GCSE\"")));
		this.mvc
			.perform(post(page).param("item", "ENGLISH")
				.param("basis", "PRIOR_ATTAINMENT")
				.param("date", "31/07/2026")
				.param("detail", "GCSE")
				.with(user(coach))
				.with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("href=\"#date-ENGLISH\"")))
			.andExpect(content().string(containsString("Enter a real date")));
		this.mvc.perform(get(page).with(user(coach)))
			.andExpect(content().string(not(containsString("Confirm the portfolio is complete"))))
			.andExpect(content().string(containsString(
					"once every programme area has accepted evidence. Still none for: 1. Professional practice")));

		String epao = String.valueOf(this.testAccounts.organisationFor(Role.ASSESSOR).id());
		this.mvc.perform(get(page).with(user(lineManager)))
			.andExpect(content().string(containsString("Not ready yet")))
			.andExpect(content().string(containsString("No accepted evidence for: 1. Professional practice")))
			.andExpect(content().string(containsString("Gateway can be approved once every item")))
			.andExpect(content().string(not(containsString("Record Level 2 English"))))
			.andExpect(content().string(not(containsString("Approve gateway"))));
		this.mvc.perform(post(page + "/approve").param("epaoId", epao).with(user(lineManager)).with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Gateway cannot be approved yet")));
		this.mvc.perform(post(page + "/approve").param("epaoId", epao).with(user(coach)).with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Only the apprentice&#39;s own line manager decides gateway.")));
		this.mvc.perform(post(page + "/decline").param("reason", " ").with(user(lineManager)).with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("href=\"#reason-decline\"")));
		this.mvc.perform(
				post(page + "/decline").param("reason", "Finish the portfolio").with(user(lineManager)).with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Confirm: decline for now")));
		this.mvc.perform(get(page).with(user(lineManager)))
			.andExpect(content().string(not(containsString("Finish the portfolio"))));
		this.mvc
			.perform(post(page + "/decline").param("reason", "Finish the portfolio")
				.param("confirmed", "true")
				.with(user(lineManager))
				.with(csrf()))
			.andExpect(flash().attribute("flashMessage", "gateway.declined"));
		this.mvc.perform(get(page).with(user(this.testEvidence.apprentice(enrolled))))
			.andExpect(content().string(containsString("Finish the portfolio")));
	}

	@Test
	void anItemReportsEveryProblemAtOnce() throws Exception {
		Enrolled enrolled = this.testApprentices.enrolNew();
		CurrentUser coach = this.testEvidence.coach(enrolled);
		String page = "/apprentices/" + enrolled.id() + "/gateway";
		this.mvc
			.perform(post(page).param("item", "MATHS")
				.param("basis", "CERTIFICATE")
				.param("date", java.time.LocalDate.now().plusDays(3).toString())
				.param("detail", " ")
				.with(user(coach))
				.with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("href=\"#detail-MATHS\"")))
			.andExpect(content().string(containsString("href=\"#date-MATHS\"")))
			.andExpect(content().string(containsString("href=\"#certificate-MATHS\"")));
		this.mvc.perform(post(page).param("item", "ENGLISH").param("date", "31/07/2026").with(user(coach)).with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("href=\"#basis-ENGLISH\"")))
			.andExpect(content().string(containsString("href=\"#date-ENGLISH\"")))
			.andExpect(content().string(containsString("href=\"#detail-ENGLISH\"")));
	}

	@Test
	void aCertificateIsUploadedWithItsItemAndDownloadedOnlyWithinScope() throws Exception {
		Enrolled enrolled = this.testApprentices.enrolNew();
		CurrentUser coach = this.testEvidence.coach(enrolled);
		String page = "/apprentices/" + enrolled.id() + "/gateway";
		String achieved = LocalDate.now().minusMonths(1).toString();

		this.mvc
			.perform(multipart(page).param("item", "DIPLOMA")
				.param("basis", "ACHIEVED")
				.param("date", achieved)
				.param("detail", "Diploma HS4-2201")
				.with(user(coach))
				.with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Upload a copy of the certificate")));
		this.mvc
			.perform(multipart(page).param("item", "DIPLOMA")
				.file(new MockMultipartFile("certificate", "diploma.pdf", "application/pdf", SampleFiles.executable()))
				.param("basis", "ACHIEVED")
				.param("date", achieved)
				.param("detail", "Diploma HS4-2201")
				.with(user(coach))
				.with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("is not what its name says")));
		this.mvc
			.perform(multipart(page).param("item", "DIPLOMA")
				.file(new MockMultipartFile("certificate", "diploma.pdf", "application/pdf", SampleFiles.pdf()))
				.param("basis", "ACHIEVED")
				.param("date", achieved)
				.param("detail", "Diploma HS4-2201")
				.with(user(coach))
				.with(csrf()))
			.andExpect(flash().attribute("flashMessage", "gateway.item.recorded"));

		String html = this.mvc.perform(get(page).with(user(coach)))
			.andExpect(content().string(containsString("Certificate: diploma.pdf")))
			.andReturn()
			.getResponse()
			.getContentAsString();
		Matcher link = Pattern.compile("(/apprentices/\\d+/gateway/certificates/\\d+)").matcher(html);
		assertThat(link.find()).isTrue();
		String download = link.group(1);
		this.mvc.perform(get(download).with(user(TestAccounts.signedIn(enrolled.lineManager()))))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Type", "application/pdf"))
			.andExpect(header().string("X-Content-Type-Options", "nosniff"))
			.andExpect(content().bytes(SampleFiles.pdf()));
		Enrolled other = this.testApprentices.enrolNew();
		for (CurrentUser outsider : List.of(this.testEvidence.coach(other), this.testEvidence.apprentice(other),
				TestAccounts.signedIn(other.lineManager()),
				TestAccounts.signedIn(this.testAccounts.person(Role.ASSESSOR)))) {
			this.mvc.perform(get(download).with(user(outsider))).andExpect(status().isNotFound());
		}
		String otherCertificate = download.replace("/apprentices/" + enrolled.id() + "/",
				"/apprentices/" + other.id() + "/");
		this.mvc.perform(get(otherCertificate).with(user(this.testEvidence.coach(other))))
			.andExpect(status().isNotFound());
	}

	@Test
	void anApprovalIsWithdrawnOnlyFromTheStepThatRestatesItsReason() throws Exception {
		AtGateway approved = this.testEpa.atGateway();
		CurrentUser lineManager = TestAccounts.signedIn(approved.enrolled().lineManager());
		String page = "/apprentices/" + approved.id() + "/gateway";
		this.mvc.perform(get(page).with(user(lineManager)))
			.andExpect(content().string(containsString("Withdraw the approval")));

		this.mvc
			.perform(post(page + "/withdraw").param("reason", "The Diploma certificate was issued in error")
				.with(user(lineManager))
				.with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Confirm: withdraw the approval")))
			.andExpect(content().string(containsString("The Diploma certificate was issued in error")));
		this.mvc.perform(get(page).with(user(lineManager)))
			.andExpect(content().string(containsString("Withdraw the approval")))
			.andExpect(content().string(not(containsString("The Diploma certificate was issued in error"))));

		this.mvc
			.perform(post(page + "/withdraw").param("reason", "The Diploma certificate was issued in error")
				.param("confirmed", "true")
				.with(user(lineManager))
				.with(csrf()))
			.andExpect(redirectedUrl(page))
			.andExpect(flash().attribute("flashMessage", "gateway.withdrawn"));
		this.mvc.perform(get(page).with(user(lineManager)))
			.andExpect(content().string(containsString("The Diploma certificate was issued in error")))
			.andExpect(content().string(not(containsString("Withdraw the approval"))));
	}

	@Test
	void theFormsAreClosedToEveryoneOutsideTheApprenticesScope() throws Exception {
		Enrolled enrolled = this.testApprentices.enrolNew();
		Enrolled other = this.testApprentices.enrolNew();
		String page = "/apprentices/" + enrolled.id() + "/gateway";
		for (CurrentUser outsider : List.of(this.testEvidence.coach(other), TestAccounts.signedIn(other.lineManager()),
				this.testEvidence.apprentice(other), TestAccounts.signedIn(this.testAccounts.person(Role.ASSESSOR)))) {
			this.mvc.perform(get(page).with(user(outsider))).andExpect(status().isNotFound());
			for (String action : List.of("", "/portfolio", "/approve", "/decline", "/withdraw")) {
				this.mvc
					.perform(post(page + action).param("item", "MATHS")
						.param("basis", "EXEMPT")
						.param("detail", "x")
						.param("reason", "x")
						.param("epaoId", "1")
						.param("date", LocalDate.now().toString())
						.with(user(outsider))
						.with(csrf()))
					.andExpect(status().isNotFound());
			}
		}
	}

}
