package org.hcstracker.web;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.hcstracker.audit.AuditRecord.Actor;
import org.hcstracker.people.CurrentUser;
import org.hcstracker.programme.ApprenticeLifecycleService;
import org.hcstracker.programme.StandardVersionService;
import org.hcstracker.programme.StandardVersionView;
import org.hcstracker.testsupport.IntegrationTest;
import org.hcstracker.testsupport.TestApprentices;
import org.hcstracker.testsupport.TestApprentices.Enrolled;
import org.hcstracker.testsupport.TestEpa;
import org.hcstracker.testsupport.TestEpa.AtGateway;
import org.hcstracker.testsupport.TestAccounts;
import org.hcstracker.testsupport.TestEvidence;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * After a failed submit the page opens on what went wrong: the error summary first in the
 * page's main content, whatever the form's place on the page, a title starting with
 * "Error: ", and each entry linking to an element of the page. A refusal flashed to the
 * page, and a success message, likewise come first.
 */
@IntegrationTest
class ErrorSummaryTests {

	private static final Pattern MAIN = Pattern.compile("(?s)<main\\b[^>]*>(.*)</main>");

	private static final Pattern SUMMARY = Pattern.compile("(?s)<div id=\"error-summary\".*?</div>");

	private static final Pattern LINK = Pattern.compile("href=\"#([^\"]+)\"");

	@Autowired
	MockMvc mvc;

	@Autowired
	TestApprentices testApprentices;

	@Autowired
	TestEvidence testEvidence;

	@Autowired
	TestEpa testEpa;

	@Autowired
	ApprenticeLifecycleService lifecycle;

	@Autowired
	StandardVersionService standards;

	@Test
	void hoursTypedWithACommaComeBackWithTheSummaryAboveTheChartsAndTotals() throws Exception {
		Enrolled enrolled = this.testApprentices.enrolNew();
		String page = send(post("/apprentices/{id}/off-the-job", enrolled.id())
			.param("date", LocalDate.now().minusDays(1).toString())
			.param("hours", "7,5")
			.param("activity", "STUDY_DAY")
			.param("version", "0")
			.with(user(this.testEvidence.apprentice(enrolled))));

		assertOpensOnTheSummary(page, "hours");
	}

	@Test
	void anEnrolmentWithMistakesComesBackWithTheSummaryLinkingToEachField() throws Exception {
		String page = send(post("/admin/apprentices/new").param("name", "")
			.param("email", "")
			.param("uln", "")
			.param("startDate", "2026-02-30")
			.param("plannedOtjHours", "lots")
			.with(user(this.testApprentices.admin())));

		assertOpensOnTheSummary(page, "startDate", "plannedOtjHours");
	}

	@Test
	void evidenceWithoutATitleComesBackWithTheSummaryLinkingToTheField() throws Exception {
		Enrolled enrolled = this.testApprentices.enrolNew();
		String page = send(multipart("/apprentices/{id}/evidence/new", enrolled.id()).param("title", "")
			.param("activityDate", LocalDate.now().minusDays(1).toString())
			.param("type", "OBSERVATION")
			.param("description", "Watched a clinic.")
			.param("action", "submit")
			.param("version", "0")
			.with(user(this.testEvidence.apprentice(enrolled))));

		assertOpensOnTheSummary(page, "title");
	}

	@Test
	void aReturnWithoutFeedbackComesBackWithTheSummaryAboveTheEvidence() throws Exception {
		Enrolled enrolled = this.testApprentices.enrolNew();
		long submitted = this.testEvidence.submitted(enrolled, "Quality log", 4);
		String page = send(post("/apprentices/{id}/evidence/{e}/return", enrolled.id(), submitted)
			.param("version", String.valueOf(this.testEvidence.version(enrolled, submitted)))
			.param("feedback", "")
			.with(user(this.testEvidence.coach(enrolled))));

		assertOpensOnTheSummary(page, "feedback");
	}

	@Test
	void anActionRowWithoutItsTargetDateLinksToTheActions() throws Exception {
		Enrolled enrolled = this.testApprentices.enrolNew();
		String page = send(post("/apprentices/{id}/reviews/new", enrolled.id())
			.param("heldOn", LocalDate.now().minusDays(1).toString())
			.param("summary", "")
			.param("actions[0].description", "Finish the audit write-up")
			.param("actions[0].targetDate", "")
			.param("version", "0")
			.with(user(this.testEvidence.coach(enrolled))));

		assertOpensOnTheSummary(page, "actions");
	}

	@Test
	void aKsbFileWithBadRowsOrNoFileOpensOnItsSummary() throws Exception {
		StandardVersionView version = this.standards.createVersion("Summary file " + UUID.randomUUID(),
				Actor.system("Test"));
		CurrentUser admin = this.testApprentices.admin();

		String noFile = send(multipart("/admin/standards/{id}/import", version.id()).with(user(admin)));
		assertOpensOnTheSummary(noFile, "file");

		String badRows = send(multipart("/admin/standards/{id}/import", version.id())
			.file(new MockMultipartFile("file", "ksbs.csv", "text/csv",
					"code,area,statement\nK1,1,Fine\nK1,2,Again\n".getBytes(StandardCharsets.UTF_8)))
			.with(user(admin)));
		assertOpensOnTheSummary(badRows);
		assertThat(badRows).contains("Line 3: the same code is already on line 2.");
	}

	@Test
	void aFailedResultAmongSeveralFormsLinksToItsOwnFieldsIds() throws Exception {
		AtGateway inEpa = this.testEpa.inEpa();
		String page = send(post("/apprentices/{id}/epa/results/VCO", inEpa.id())
			.param("date", LocalDate.now().minusDays(2).toString())
			.with(user(TestAccounts.signedIn(inEpa.assessor()))));

		assertOpensOnTheSummary(page, "grade-VCO");
	}

	@Test
	void aFlashedRefusalAndASuccessMessageComeFirstInTheMainContent() throws Exception {
		Enrolled enrolled = this.testApprentices.enrolNew();
		CurrentUser apprentice = this.testEvidence.apprentice(enrolled);
		String log = "/apprentices/" + enrolled.id() + "/off-the-job";
		MockHttpSession session = new MockHttpSession();

		this.mvc
			.perform(post(log).param("date", LocalDate.now().minusDays(1).toString())
				.param("hours", "2")
				.param("activity", "STUDY_DAY")
				.param("version", "0")
				.session(session)
				.with(user(apprentice))
				.with(csrf()))
			.andExpect(status().is3xxRedirection());
		String done = this.mvc.perform(get(log).session(session).with(user(apprentice)))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(mainOf(done)).startsWith("<div id=\"flash-message\"");
		assertThat(done).contains("role=\"status\" tabindex=\"-1\"").doesNotContain("<title>Error:");

		long draft = this.testEvidence.draft(enrolled, "Ward audit", 7);
		this.lifecycle.withdraw(enrolled.id(), LocalDate.now(), "Left the trust", this.testApprentices.admin());
		String evidence = "/apprentices/" + enrolled.id() + "/evidence/" + draft;
		this.mvc
			.perform(post(evidence + "/submit").param("version", "0")
				.header("Referer", "http://localhost" + evidence)
				.session(session)
				.with(user(apprentice))
				.with(csrf()))
			.andExpect(status().is3xxRedirection());
		String refused = this.mvc.perform(get(evidence).session(session).with(user(apprentice)))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(mainOf(refused)).startsWith("<div id=\"flash-error\"");
		assertThat(refused).contains("role=\"alert\" tabindex=\"-1\"").containsPattern("<title>Error: [^<]+</title>");
	}

	@Test
	void aPageWithoutErrorsHasNoSummaryAndAnOrdinaryTitle() throws Exception {
		Enrolled enrolled = this.testApprentices.enrolNew();
		String page = this.mvc
			.perform(get("/apprentices/{id}/off-the-job", enrolled.id())
				.with(user(this.testEvidence.apprentice(enrolled))))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();

		assertThat(page).doesNotContain("id=\"error-summary\"").doesNotContain("<title>Error:");
		assertThat(page).contains("/assets/js/in-view");
	}

	private String send(AbstractMockHttpServletRequestBuilder<?> request) throws Exception {
		MvcResult result = this.mvc.perform(request.with(csrf())).andExpect(status().isOk()).andReturn();
		return result.getResponse().getContentAsString();
	}

	/**
	 * The page's main content starts with the error summary, its title with "Error: ",
	 * and every entry of the summary links to an element of the page; among them, links
	 * to the given ids.
	 */
	private static void assertOpensOnTheSummary(String page, String... ids) {
		assertThat(page).containsPattern("<title>Error: [^<]+ – HCS Tracker</title>");
		assertThat(mainOf(page)).startsWith("<div id=\"error-summary\"");
		Matcher summary = SUMMARY.matcher(page);
		assertThat(summary.find()).isTrue();
		assertThat(summary.group()).contains("tabindex=\"-1\"");
		List<String> targets = new ArrayList<>();
		Matcher link = LINK.matcher(summary.group());
		while (link.find()) {
			targets.add(link.group(1));
		}
		assertThat(targets).contains(ids);
		for (String target : targets) {
			assertThat(page).as("an element with the id %s", target).contains("id=\"" + target + "\"");
		}
	}

	private static String mainOf(String page) {
		Matcher main = MAIN.matcher(page);
		assertThat(main.find()).as("the page's main content").isTrue();
		return main.group(1).strip();
	}

}
