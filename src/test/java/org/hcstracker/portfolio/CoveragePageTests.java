package org.hcstracker.portfolio;

import org.hcstracker.testsupport.IntegrationTest;
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
 * The coverage page reads without knowing the areas' numbers: the chart names each area
 * and titles its axes, and each area's bar and count of accepted evidence leads to the
 * evidence behind it, gaps marked.
 */
@IntegrationTest
class CoveragePageTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestApprentices testApprentices;

	@Autowired
	TestEvidence testEvidence;

	@Test
	void eachAreaIsNamedAndItsCountsLeadToTheEvidenceBehindThem() throws Exception {
		Enrolled enrolled = this.testApprentices.enrolNew();
		this.testEvidence.accepted(enrolled, "Fire safety training", 3);
		this.testEvidence.accepted(enrolled, "Risk assessment", 3);
		this.testEvidence.submitted(enrolled, "Quality audit", 4);

		Document page = Jsoup.parse(this.mvc
			.perform(get("/apprentices/{id}/coverage", enrolled.id()).with(user(this.testEvidence.coach(enrolled))))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString());

		Element chart = page.getElementById("coverage-chart");
		assertThat(chart.attr("data-labels").split("\\|")).hasSize(9)
			.contains("1. Professional practice and person-centred care", "3. Health, safety and security");
		assertThat(chart.attr("data-count-axis")).isEqualTo("Pieces of evidence");
		assertThat(chart.attr("data-area-axis")).isEqualTo("Programme area");

		long safety = this.testEvidence.areas(3).iterator().next();
		long quality = this.testEvidence.areas(4).iterator().next();
		Element safetyRow = row(page, "3. Health, safety and security");
		assertThat(safetyRow.selectFirst("a").attr("href"))
			.isEqualTo("/apprentices/" + enrolled.id() + "/portfolio?status=ACCEPTED&areaId=" + safety);
		assertThat(safetyRow.selectFirst("a").text()).isEqualTo("2");
		assertThat(safetyRow.selectFirst("meter").attr("value")).isEqualTo("2");
		assertThat(safetyRow.selectFirst("meter").attr("max")).isEqualTo("2");
		assertThat(safetyRow.selectFirst("meter").attr("aria-label"))
			.isEqualTo("2 pieces of accepted evidence for 3. Health, safety and security");
		assertThat(safetyRow.text()).endsWith("Covered");
		Element qualityRow = row(page, "4. Quality");
		assertThat(qualityRow.select("a").eachAttr("href")).containsExactly(
				"/apprentices/" + enrolled.id() + "/portfolio?status=ACCEPTED&areaId=" + quality,
				"/apprentices/" + enrolled.id() + "/portfolio?status=SUBMITTED&areaId=" + quality);
		assertThat(qualityRow.text()).endsWith("Gap");
	}

	private static Element row(Document page, String area) {
		return page.select("tbody tr")
			.stream()
			.filter((tr) -> tr.selectFirst("th").text().equals(area))
			.findFirst()
			.orElseThrow(() -> new AssertionError("no row for " + area));
	}

}
