package org.hcstracker.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.hcstracker.audit.AuditRecord.Actor;
import org.hcstracker.people.AccountView;
import org.hcstracker.people.CurrentUser;
import org.hcstracker.people.Role;
import org.hcstracker.programme.EnrolmentRequest;
import org.hcstracker.programme.EnrolmentService;
import org.hcstracker.programme.StandardVersionService;
import org.hcstracker.progress.OffTheJobActivity;
import org.hcstracker.progress.OffTheJobDetails;
import org.hcstracker.progress.OffTheJobService;
import org.hcstracker.testsupport.IntegrationTest;
import org.hcstracker.testsupport.TestAccounts;
import org.hcstracker.testsupport.TestApprentices;
import org.hcstracker.testsupport.TestApprentices.Enrolled;
import org.hcstracker.testsupport.TestEvidence;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Pages speak to their reader: an apprentice reads about themselves in the second person,
 * notes for the administrator stay with the administrator, returned evidence leads with
 * the coach's feedback, and dates, times, months and hours read the same everywhere.
 */
@IntegrationTest
class WordsByReaderTests {

	private static final Pattern MONTHS = Pattern.compile("data-labels=\"([^\"]*)\"");

	@Autowired
	MockMvc mvc;

	@Autowired
	TestAccounts testAccounts;

	@Autowired
	TestApprentices testApprentices;

	@Autowired
	TestEvidence testEvidence;

	@Autowired
	EnrolmentService enrolments;

	@Autowired
	StandardVersionService standards;

	@Autowired
	OffTheJobService offTheJob;

	@Test
	void anApprenticesOwnPagesSpeakToThemInTheSecondPerson() throws Exception {
		Enrolled enrolled = this.testApprentices.enrolNew();
		CurrentUser apprentice = this.testEvidence.apprentice(enrolled);
		CurrentUser coach = this.testEvidence.coach(enrolled);

		String portfolio = page("/apprentices/" + enrolled.id() + "/portfolio", apprentice);
		assertThat(portfolio).contains("<title>Your portfolio – HCS Tracker</title>", "Back to your page")
			.doesNotContain("Back to the apprentice", "Portfolio: ");
		assertThat(page("/apprentices/" + enrolled.id() + "/off-the-job", apprentice))
			.contains("Your off-the-job training", "Back to your page")
			.doesNotContain("Back to the apprentice");
		assertThat(page("/apprentices/" + enrolled.id() + "/reviews", apprentice)).contains("Your progress reviews")
			.doesNotContain("Back to the apprentice");
		assertThat(page("/apprentices/" + enrolled.id() + "/coverage", apprentice))
			.contains("Your coverage of the programme areas", "Back to your portfolio");
		assertThat(page("/apprentices/" + enrolled.id() + "/gateway", apprentice)).contains("Your gateway")
			.doesNotContain("Back to the apprentice");

		assertThat(page("/apprentices/" + enrolled.id() + "/portfolio", coach))
			.contains("Back to the apprentice&#39;s page", "Portfolio: " + enrolled.enrolment().name())
			.doesNotContain("Your portfolio");
	}

	@Test
	void theNoteAboutAStandardVersionWithoutStatementsIsTheAdministratorsAlone() throws Exception {
		Enrolled enrolled = enrolOnNewVersion(LocalDate.now().minusMonths(6), null);

		assertThat(page("/apprentices/" + enrolled.id() + "/coverage", this.testEvidence.apprentice(enrolled)))
			.doesNotContain("no KSB statements", "Standards and KSBs");
		assertThat(page("/apprentices/" + enrolled.id() + "/coverage", this.testEvidence.coach(enrolled)))
			.doesNotContain("no KSB statements");
		assertThat(page("/apprentices/" + enrolled.id() + "/coverage", this.testApprentices.admin()))
			.contains("This standard version has no KSB statements yet.");
	}

	@Test
	void returnedEvidenceLeadsWithTheCoachsFeedbackAboveTheFiles() throws Exception {
		Enrolled enrolled = this.testApprentices.enrolNew();
		long returned = this.testEvidence.returned(enrolled, "Blood gas calibration", 2);

		String evidence = page("/apprentices/" + enrolled.id() + "/evidence/" + returned,
				this.testEvidence.apprentice(enrolled));

		assertThat(evidence).contains("Your coach&#39;s feedback", "Returned by ");
		int feedback = evidence.indexOf("Say what you learned.");
		assertThat(feedback).isPositive().isLessThan(evidence.indexOf("id=\"files-heading\""));
		assertThat(evidence.indexOf("id=\"latest-feedback\""))
			.isLessThan(evidence.indexOf("id=\"description-heading\""));
	}

	@Test
	void evidenceNotReturnedHasNoFeedbackCallout() throws Exception {
		Enrolled enrolled = this.testApprentices.enrolNew();
		long accepted = this.testEvidence.accepted(enrolled, "Accepted piece", 3);

		assertThat(
				page("/apprentices/" + enrolled.id() + "/evidence/" + accepted, this.testEvidence.apprentice(enrolled)))
			.doesNotContain("id=\"latest-feedback\"");
	}

	@Test
	void chartMonthsReadAsTheTableAndHoursCarryTheirUnit() throws Exception {
		Enrolled enrolled = this.testApprentices.enrolNew();
		CurrentUser apprentice = this.testEvidence.apprentice(enrolled);
		LocalDate on = LocalDate.now().minusMonths(2).withDayOfMonth(3);
		this.offTheJob.record(enrolled.id(),
				new OffTheJobDetails(on, new BigDecimal("7.50"), OffTheJobActivity.STUDY_DAY, null), apprentice);

		String log = page("/apprentices/" + enrolled.id() + "/off-the-job", this.testEvidence.coach(enrolled));

		Matcher labels = MONTHS.matcher(log);
		assertThat(labels.find()).isTrue();
		assertThat(labels.group(1)).matches("[A-Z][a-z]{2} \\d{4}(\\|[A-Z][a-z]{2} \\d{4})*");
		assertThat(log).contains("<td data-label=\"Hours\">7.5 h</td>", "Approve 7.5 h on " + on.getDayOfMonth() + " ")
			.doesNotContain("7.50");
	}

	@Test
	void anApprenticePastThePlannedEndReadsAsSuch() throws Exception {
		LocalDate start = LocalDate.now().minusMonths(26);
		Enrolled enrolled = enrolOnNewVersion(start, start.plusMonths(24));

		String page = page("/apprentices/" + enrolled.id(), this.testApprentices.admin());

		assertThat(page).contains("26 months, 2 past the planned end").doesNotContain("26 of 24 months");
	}

	@Test
	void theTimelineSaysWhoRecordedEachEntryAndWhenInLondonTime() throws Exception {
		Enrolled enrolled = this.testApprentices.enrolNew();

		assertThat(page("/apprentices/" + enrolled.id(), this.testApprentices.admin()))
			.containsPattern("Recorded by [^<]+, \\d{1,2} [A-Z][a-z]{2} \\d{4}, \\d{2}:\\d{2}");
	}

	private Enrolled enrolOnNewVersion(LocalDate start, LocalDate plannedEnd) {
		AccountView lineManager = this.testAccounts.person(Role.EMPLOYER);
		AccountView coach = this.testAccounts.person(Role.COACH);
		long version = this.standards.createVersion("Empty " + UUID.randomUUID(), Actor.system("Test")).id();
		EnrolmentRequest r = this.testApprentices.request(lineManager, coach);
		EnrolmentRequest request = new EnrolmentRequest(r.name(), r.email(), r.uln(), r.divisionId(), version,
				r.employerId(), r.lineManagerId(), r.coachId(), null, start, plannedEnd, r.plannedOtjHours());
		return new Enrolled(this.enrolments.enrol(request, this.testApprentices.admin()), lineManager, coach);
	}

	private String page(String path, CurrentUser viewer) throws Exception {
		return this.mvc.perform(get(path).with(user(viewer)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
	}

}
