package org.hcstracker.home;

import java.time.LocalDate;

import jakarta.persistence.EntityManagerFactory;
import org.hcstracker.people.AccountView;
import org.hcstracker.people.CurrentUser;
import org.hcstracker.people.Role;
import org.hcstracker.testsupport.IntegrationTest;
import org.hcstracker.testsupport.SqlStatements;
import org.hcstracker.testsupport.TestAccounts;
import org.hcstracker.testsupport.TestApprentices;
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
 * The administrator's home: the whole programme's apprentices by status, by division and
 * by employer, counted in the database in a fixed number of statements.
 */
@IntegrationTest
class AdminHomeTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestAccounts testAccounts;

	@Autowired
	TestApprentices testApprentices;

	@Autowired
	EntityManagerFactory entityManagerFactory;

	@Test
	void theHomeCountsEachEmployersApprenticesByStatusAndEveryDivision() throws Exception {
		AccountView lineManager = this.testAccounts.person(Role.EMPLOYER);
		AccountView coach = this.testAccounts.person(Role.COACH);
		this.testApprentices.enrol(lineManager, coach);
		this.testApprentices.enrol(lineManager, coach);
		long onBreak = this.testApprentices.enrol(lineManager, coach).apprenticeId();
		this.testApprentices.startBreak(onBreak, LocalDate.now().minusDays(3));

		Document page = home(this.testApprentices.admin());

		Element employers = table(page, "Apprentices by employer");
		assertThat(employers.select("thead th").eachText()).containsExactly("Employer", "Red", "Amber", "Green",
				"Break in learning", "At gateway", "In end-point assessment", "Completed", "Withdrawn", "Total");
		Element row = employers.select("tbody tr")
			.stream()
			.filter((tr) -> tr.selectFirst("th").text().equals(lineManager.organisationName()))
			.findFirst()
			.orElseThrow();
		// Six months in with no review, hours or evidence: red.
		assertThat(row.select("td").eachText()).containsExactly("2", "0", "0", "1", "0", "0", "0", "0", "3");
		assertThat(row.select("td").eachAttr("data-label")).containsExactly("Red", "Amber", "Green",
				"Break in learning", "At gateway", "In end-point assessment", "Completed", "Withdrawn", "Total");
		Element divisions = table(page, "Apprentices by division");
		assertThat(divisions.select("tbody th").eachText()).containsExactly("Life Sciences", "Physiological Sciences",
				"Physical Sciences", "Clinical Engineering", "Clinical Bioinformatics");
		assertThat(page.text()).contains("The programme at a glance", "Apprentices in all:");
	}

	@Test
	void theTotalsTakeTheSameStatementsWhateverTheNumberOfApprentices() throws Exception {
		SqlStatements statements = new SqlStatements(this.entityManagerFactory);
		CurrentUser admin = this.testApprentices.admin();
		AccountView lineManager = this.testAccounts.person(Role.EMPLOYER);
		AccountView coach = this.testAccounts.person(Role.COACH);
		this.testApprentices.enrol(lineManager, coach);
		long few = statements.count(() -> home(admin));
		for (int i = 0; i < 30; i++) {
			this.testApprentices.enrol(i % 2 == 0 ? lineManager : this.testAccounts.person(Role.EMPLOYER), coach);
		}
		long many = statements.count(() -> home(admin));
		assertThat(many).isEqualTo(few).isLessThanOrEqualTo(8);
	}

	private Document home(CurrentUser admin) throws Exception {
		return Jsoup.parse(this.mvc.perform(get("/admin").with(user(admin)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString());
	}

	private static Element table(Document page, String caption) {
		return page.select("table")
			.stream()
			.filter((table) -> table.selectFirst("caption") != null
					&& caption.equals(table.selectFirst("caption").text()))
			.findFirst()
			.orElseThrow(() -> new AssertionError("no table captioned " + caption));
	}

}
