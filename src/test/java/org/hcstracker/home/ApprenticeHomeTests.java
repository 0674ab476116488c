package org.hcstracker.home;

import java.math.BigDecimal;
import java.time.LocalDate;

import jakarta.persistence.EntityManagerFactory;
import org.hcstracker.people.CurrentUser;
import org.hcstracker.progress.OffTheJobActivity;
import org.hcstracker.progress.OffTheJobDetails;
import org.hcstracker.progress.OffTheJobService;
import org.hcstracker.testsupport.IntegrationTest;
import org.hcstracker.testsupport.SqlStatements;
import org.hcstracker.testsupport.TestApprentices;
import org.hcstracker.testsupport.TestApprentices.Enrolled;
import org.hcstracker.testsupport.TestEvidence;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The apprentice's home as a dashboard: status with its reasons, progress figures as bars
 * with their words, what needs doing now and recent activity, in a fixed number of
 * statements whatever the size of the portfolio and the log.
 */
@IntegrationTest
class ApprenticeHomeTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestApprentices testApprentices;

	@Autowired
	TestEvidence testEvidence;

	@Autowired
	OffTheJobService offTheJob;

	@Autowired
	EntityManagerFactory entityManagerFactory;

	@Test
	void theHomeShowsWhereTheApprenticeStandsWhatNeedsThemAndWhatHappened() throws Exception {
		Enrolled enrolled = this.testApprentices.enrolNew();
		CurrentUser apprentice = this.testEvidence.apprentice(enrolled);
		this.testEvidence.accepted(enrolled, "Fire safety training", 1, 3);
		this.testEvidence.returned(enrolled, "Ward round reflection", 2);
		this.testEvidence.draft(enrolled, "Quality audit notes", 4);
		long approved = record(enrolled, 20, "7.5");
		this.offTheJob.approve(enrolled.id(), approved, 0, this.testEvidence.coach(enrolled));
		long queried = record(enrolled, 10, "3");
		this.offTheJob.query(enrolled.id(), queried, 0, "Which course was this?", this.testEvidence.coach(enrolled));

		Document page = home(apprentice);

		assertThat(page.select("#risk-heading").text()).isEqualTo("Risk");
		assertThat(page.text()).contains("Red: act now", "Off-the-job hours behind");
		Element areas = figure(page, "figure-areas");
		assertThat(areas.text()).contains("Programme areas covered", "2 of 9",
				"Still without accepted evidence: 2. Personal and professional development; 4. Quality");
		assertThat(areas.selectFirst("progress").attr("max")).isEqualTo("9");
		assertThat(areas.selectFirst("progress").attr("value")).isEqualTo("2");
		assertThat(areas.selectFirst("progress").attr("aria-labelledby")).isEqualTo("figure-areas figure-areas-value");
		Element hours = figure(page, "figure-expected");
		assertThat(hours.text()).contains("Off-the-job hours approved, against those expected by now", "7.5 of ",
				"Off-the-job hours approved, against the plan", "7.5 of 460 h", "3 h are queried");
		assertThat(hours.select("progress")).hasSize(2);
		assertThat(figure(page, "figure-months").text()).contains("Months on programme", "6 of 24 months");
		assertThat(figure(page, "figure-gateway").text()).contains("Gateway checklist items met", "0 of 5");
		assertThat(page.text()).contains("Next review");

		Element needs = page.getElementById("needs-you-now").parent();
		assertThat(needs.text()).contains("Off-the-job training your coach queried", "3 h, Study day",
				"Queried: Which course was this?", "Returned to you", "Ward round reflection", "Say what you learned.",
				"Drafts not yet submitted", "Quality audit notes");
		Element recent = page.getElementById("recent-heading").parent();
		assertThat(recent.text()).contains("Off-the-job training queried", "Off-the-job training approved",
				"Evidence returned to the apprentice: Ward round reflection",
				"Evidence accepted: Fire safety training");
		assertThat(recent.select("a[href$=/off-the-job]")).isNotEmpty();
	}

	@Test
	void theHomeTakesTheSameStatementsForASmallAndALargePortfolioAndLog() throws Exception {
		SqlStatements statements = new SqlStatements(this.entityManagerFactory);
		Enrolled enrolled = this.testApprentices.enrolNew();
		CurrentUser apprentice = this.testEvidence.apprentice(enrolled);
		this.testEvidence.accepted(enrolled, "First piece", 1);
		this.testEvidence.returned(enrolled, "Second piece", 2);
		record(enrolled, 3, "2");

		long small = statements.count(() -> home(apprentice));
		for (int i = 0; i < 12; i++) {
			this.testEvidence.accepted(enrolled, "Accepted piece " + i, 1 + i % 9);
			this.testEvidence.returned(enrolled, "Returned piece " + i, 1 + i % 9);
			this.testEvidence.draft(enrolled, "Draft " + i, 1 + i % 9);
		}
		for (int i = 0; i < 30; i++) {
			long id = record(enrolled, 4 + i, "1");
			if (i % 3 == 0) {
				this.offTheJob.query(enrolled.id(), id, 0, "Say more.", this.testEvidence.coach(enrolled));
			}
		}
		long large = statements.count(() -> home(apprentice));

		// Plus the unread count of the notifications in the header.
		assertThat(large).isEqualTo(small).isLessThanOrEqualTo(34);
	}

	private long record(Enrolled enrolled, int daysAgo, String hours) {
		return this.offTheJob.record(enrolled.id(), new OffTheJobDetails(LocalDate.now().minusDays(daysAgo),
				new BigDecimal(hours), OffTheJobActivity.STUDY_DAY, null), this.testEvidence.apprentice(enrolled));
	}

	private Document home(CurrentUser apprentice) throws Exception {
		return Jsoup.parse(this.mvc.perform(get("/apprentice").with(user(apprentice)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString());
	}

	private static Element figure(Document page, String id) {
		Element label = page.getElementById(id);
		assertThat(label).as(id).isNotNull();
		return label.closest("li");
	}

}
