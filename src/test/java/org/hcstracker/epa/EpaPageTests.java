package org.hcstracker.epa;

import java.time.LocalDate;
import java.util.List;

import jakarta.persistence.EntityManagerFactory;
import org.hcstracker.people.AccountView;
import org.hcstracker.people.CurrentUser;
import org.hcstracker.people.OrganisationView;
import org.hcstracker.people.Role;
import org.hcstracker.testsupport.IntegrationTest;
import org.hcstracker.testsupport.SqlStatements;
import org.hcstracker.testsupport.TestAccounts;
import org.hcstracker.testsupport.TestApprentices;
import org.hcstracker.testsupport.TestEpa;
import org.hcstracker.testsupport.TestEpa.AtGateway;
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
 * The end-point assessment page through HTTP: the assessor records and confirms, the
 * others read, every other role is refused (403), and anyone outside the apprentice's
 * scope gets 404.
 */
@IntegrationTest
class EpaPageTests {

	private static final List<String> ACTIONS = List.of("/assessor", "/results/VCO", "/confirm", "/results/VCO/change",
			"/certificate/requested", "/certificate/issued");

	@Autowired
	MockMvc mvc;

	@Autowired
	TestEpa testEpa;

	@Autowired
	TestApprentices testApprentices;

	@Autowired
	TestAccounts testAccounts;

	@Autowired
	TestEvidence testEvidence;

	@Autowired
	EntityManagerFactory entityManagerFactory;

	@Autowired
	EpaPageService pages;

	@Autowired
	EpaResultService results;

	@Autowired
	EpaGradeService grades;

	@Test
	void theAssessorRecordsAndConfirmsAndTheApprenticeSeesTheGradeExplained() throws Exception {
		AtGateway inEpa = this.testEpa.inEpa();
		CurrentUser assessor = TestAccounts.signedIn(inEpa.assessor());
		String page = "/apprentices/" + inEpa.id() + "/epa";
		String day = LocalDate.now().minusDays(2).toString();

		this.mvc.perform(get(page).with(user(assessor)))
			.andExpect(content().string(containsString("<option value=\"\">Choose…</option>")))
			.andExpect(content().string(not(containsString("selected"))))
			.andExpect(content().string(not(containsString(">Merit</option>\n\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t"))));
		this.mvc
			.perform(post(page + "/results/VCO").param("grade", "MERIT")
				.param("date", day)
				.param("notes", "Kept notes")
				.with(user(assessor))
				.with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("There is a problem")))
			.andExpect(content().string(containsString("href=\"#grade-VCO\"")))
			.andExpect(content().string(containsString("That grade is not on this element’s scale")))
			.andExpect(content().string(containsString("Kept notes")));
		this.mvc.perform(post(page + "/results/VCO").param("date", day).with(user(assessor)).with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Choose a grade.")));
		this.mvc
			.perform(post(page + "/results/VCO").param("grade", "PASS")
				.param("date", "31/07/2026")
				.with(user(assessor))
				.with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("href=\"#date-VCO\"")))
			.andExpect(content().string(containsString("Enter a real date")));
		this.mvc.perform(post(page + "/results/VCO").param("date", "31/07/2026").with(user(assessor)).with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("href=\"#date-VCO\"")))
			.andExpect(content().string(containsString("href=\"#grade-VCO\"")))
			.andExpect(content().string(containsString("Choose a grade.")));
		assertThat(this.pages.page(inEpa.id(), assessor).history()).as("nothing recorded from a failed form").isEmpty();
		for (String[] result : new String[][] { { "VCO", "PASS" }, { "PPT", "PASS" }, { "PD", "PASS" } }) {
			this.mvc
				.perform(post(page + "/results/" + result[0]).param("grade", result[1])
					.param("date", day)
					.with(user(assessor))
					.with(csrf()))
				.andExpect(flash().attribute("flashMessage", "epa.recorded"));
		}
		this.mvc.perform(
				post(page + "/results/PD").param("grade", "MERIT").param("date", day).with(user(assessor)).with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Correct the result: Professional Discussion")))
			.andExpect(content().string(containsString("This element already has a result")));
		this.mvc.perform(post(page + "/results/PD/change").param("grade", "MERIT").with(user(assessor)).with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Enter the reason for the change")));
		this.mvc
			.perform(post(page + "/results/PD/change").param("grade", "MERIT")
				.param("reason", "Second marker agreed Merit")
				.with(user(assessor))
				.with(csrf()))
			.andExpect(flash().attribute("flashMessage", "epa.corrected"));
		assertThat(this.pages.page(inEpa.id(), assessor).history()).extracting((entry) -> entry.kind())
			.containsExactly(EpaEntryKind.RESULT, EpaEntryKind.RESULT, EpaEntryKind.RESULT, EpaEntryKind.CORRECTION);

		this.mvc.perform(get(page).with(user(assessor)))
			.andExpect(content().string(containsString("Merit: Professional Discussion graded Merit")))
			.andExpect(content().string(containsString("Check and confirm Merit")));
		this.mvc.perform(post(page + "/confirm").with(user(assessor)).with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Confirm the overall grade")))
			.andExpect(content().string(containsString(
					"Merit: the Professional Discussion is Merit, and neither it nor the Professional Practice Test is Distinction.")))
			.andExpect(content().string(containsString("Confirm Merit")));
		assertThat(this.pages.page(inEpa.id(), assessor).confirmed()).as("nothing recorded until confirmed").isFalse();
		this.mvc.perform(post(page + "/confirm").param("grade", "PASS").with(user(assessor)).with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("The results changed since this page was shown")));
		this.mvc.perform(post(page + "/confirm").param("grade", "MERIT").with(user(assessor)).with(csrf()))
			.andExpect(flash().attribute("flashMessage", "epa.confirmed"));

		this.mvc.perform(get(page).with(user(this.testEvidence.apprentice(inEpa.enrolled()))))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Merit: Professional Discussion graded Merit")))
			.andExpect(content().string(containsString("eligible for the AHCS Associate Register")))
			.andExpect(content().string(containsString("Second marker agreed Merit")))
			.andExpect(content().string(not(containsString("Record the assessment"))));
	}

	@Test
	void anAmendmentOffersOnlyTheElementsOwnScale() throws Exception {
		AtGateway inEpa = this.testEpa.inEpa();
		CurrentUser assessor = TestAccounts.signedIn(inEpa.assessor());
		for (EpaElement element : EpaElement.values()) {
			this.results.recordResult(inEpa.id(), element, EpaGrade.PASS, LocalDate.now(), null, assessor);
		}
		this.grades.confirm(inEpa.id(), assessor);
		String change = "/apprentices/" + inEpa.id() + "/epa/results/VCO/change";

		this.mvc.perform(get(change).with(user(assessor)))
			.andExpect(
					content().string(containsString("Amend the confirmed result: Vocational Competence Observation")))
			.andExpect(content().string(containsString(">Fail</option>")))
			.andExpect(content().string(not(containsString(">Merit</option>"))))
			.andExpect(content().string(not(containsString(">Distinction</option>"))))
			.andExpect(content().string(containsString("maxlength=\"2000\"")));
		this.mvc.perform(post(change).param("reason", "Observation void").with(user(assessor)).with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Choose a grade.")));
		this.mvc
			.perform(post(change).param("grade", "FAIL")
				.param("reason", "Observation record incomplete")
				.with(user(assessor))
				.with(csrf()))
			.andExpect(flash().attribute("flashMessage", "epa.amended"));
		assertThat(this.pages.page(inEpa.id(), assessor).confirmation()).isNotNull();
		assertThat(this.pages.page(inEpa.id(), assessor).outcome().grade()).isEqualTo(EpaGrade.FAIL);
	}

	@Test
	void everyoneElseWhoMaySeeTheApprenticeReadsButIsRefusedEveryChange() throws Exception {
		AtGateway inEpa = this.testEpa.inEpa();
		String page = "/apprentices/" + inEpa.id() + "/epa";
		List<CurrentUser> readers = List.of(this.testEvidence.coach(inEpa.enrolled()),
				TestAccounts.signedIn(inEpa.enrolled().lineManager()), this.testEvidence.apprentice(inEpa.enrolled()));
		for (CurrentUser reader : readers) {
			this.mvc.perform(get(page).with(user(reader))).andExpect(status().isOk());
			for (String action : ACTIONS) {
				this.mvc
					.perform(post(page + action).param("grade", "PASS")
						.param("element", "VCO")
						.param("reason", "x")
						.param("assessorId", String.valueOf(inEpa.assessor().id()))
						.param("date", LocalDate.now().toString())
						.with(user(reader))
						.with(csrf()))
					.andExpect(status().isForbidden());
			}
		}
		CurrentUser admin = this.testApprentices.admin();
		for (String action : List.of("/results/VCO", "/confirm", "/results/VCO/change", "/certificate/requested")) {
			this.mvc
				.perform(post(page + action).param("grade", "PASS")
					.param("element", "VCO")
					.param("reason", "x")
					.param("date", LocalDate.now().toString())
					.with(user(admin))
					.with(csrf()))
				.andExpect(status().isForbidden());
		}
	}

	@Test
	void thePageAndItsFormsAreClosedToEveryoneOutsideTheApprenticesScope() throws Exception {
		AtGateway inEpa = this.testEpa.inEpa();
		AtGateway other = this.testEpa.inEpa();
		String page = "/apprentices/" + inEpa.id() + "/epa";
		for (CurrentUser outsider : List.of(TestAccounts.signedIn(other.assessor()),
				TestAccounts.signedIn(this.testAccounts.person(Role.ASSESSOR, inEpa.epao().id())),
				this.testEvidence.coach(other.enrolled()), TestAccounts.signedIn(other.enrolled().lineManager()),
				this.testEvidence.apprentice(other.enrolled()))) {
			this.mvc.perform(get(page).with(user(outsider))).andExpect(status().isNotFound());
			for (String action : ACTIONS) {
				this.mvc
					.perform(post(page + action).param("grade", "PASS")
						.param("element", "VCO")
						.param("reason", "x")
						.param("date", LocalDate.now().toString())
						.with(user(outsider))
						.with(csrf()))
					.andExpect(status().isNotFound());
			}
		}
	}

	@Test
	void theAssessorsHomeAndTheResultsPageIssueAFixedNumberOfStatements() throws Exception {
		OrganisationView epao = this.testAccounts.organisationFor(Role.ASSESSOR);
		AccountView assessor = this.testAccounts.person(Role.ASSESSOR, epao.id());
		AtGateway first = this.testEpa.inEpa(epao, assessor);
		CurrentUser signedIn = TestAccounts.signedIn(assessor);
		this.mvc
			.perform(post("/apprentices/" + first.id() + "/epa/results/VCO").param("grade", "PASS")
				.param("date", LocalDate.now().toString())
				.with(user(signedIn))
				.with(csrf()))
			.andExpect(flash().attribute("flashMessage", "epa.recorded"));
		SqlStatements statements = new SqlStatements(this.entityManagerFactory);

		long withOne = statements
			.count(() -> this.mvc.perform(get("/assessor").with(user(signedIn))).andExpect(status().isOk()));
		for (int i = 0; i < 4; i++) {
			AtGateway another = this.testEpa.inEpa(epao, assessor);
			this.mvc.perform(post("/apprentices/" + another.id() + "/epa/results/PD").param("grade", "MERIT")
				.param("date", LocalDate.now().toString())
				.with(user(signedIn))
				.with(csrf()));
		}
		long withFive = statements
			.count(() -> this.mvc.perform(get("/assessor").with(user(signedIn))).andExpect(status().isOk()));
		long resultsPage = statements
			.count(() -> this.mvc.perform(get("/apprentices/" + first.id() + "/epa").with(user(signedIn)))
				.andExpect(status().isOk()));

		assertThat(withFive).isEqualTo(withOne).isLessThanOrEqualTo(3);
		assertThat(resultsPage).isLessThanOrEqualTo(3);
	}

	@Test
	void theAdminsHomeIssuesAFixedNumberOfStatements() throws Exception {
		CurrentUser admin = this.testApprentices.admin();
		SqlStatements statements = new SqlStatements(this.entityManagerFactory);
		certificateRequestedAndOneAtGateway();
		long before = statements
			.count(() -> this.mvc.perform(get("/admin").with(user(admin))).andExpect(status().isOk()));
		for (int i = 0; i < 3; i++) {
			certificateRequestedAndOneAtGateway();
		}
		long after = statements
			.count(() -> this.mvc.perform(get("/admin").with(user(admin))).andExpect(status().isOk()));

		// The list at gateway is a page: its count is left out while the page is not
		// full, so the two may differ by that one statement, never by the number of rows.
		// The programme's totals by division and employer add two statements.
		assertThat(before).isLessThanOrEqualTo(7);
		assertThat(after).isLessThanOrEqualTo(7);
	}

	private void certificateRequestedAndOneAtGateway() {
		AtGateway inEpa = this.testEpa.inEpa();
		CurrentUser assessor = TestAccounts.signedIn(inEpa.assessor());
		for (EpaElement element : EpaElement.values()) {
			this.results.recordResult(inEpa.id(), element, EpaGrade.PASS, LocalDate.now(), null, assessor);
		}
		this.grades.confirm(inEpa.id(), assessor);
		this.grades.requestCertificate(inEpa.id(), LocalDate.now(), assessor);
		this.testEpa.atGateway();
	}

	@Test
	void theAssessorReadsThePortfolioAndGatewayButNotTheProgressRecords() throws Exception {
		AtGateway inEpa = this.testEpa.inEpa();
		CurrentUser assessor = TestAccounts.signedIn(inEpa.assessor());
		String apprentice = "/apprentices/" + inEpa.id();
		for (String page : List.of("", "/portfolio", "/coverage", "/gateway", "/epa")) {
			this.mvc.perform(get(apprentice + page).with(user(assessor))).andExpect(status().isOk());
		}
		for (String page : List.of("/off-the-job", "/reviews")) {
			this.mvc.perform(get(apprentice + page).with(user(assessor))).andExpect(status().isNotFound());
		}
		for (String action : List.of("/off-the-job", "/off-the-job/1/approve", "/reviews/schedule")) {
			this.mvc
				.perform(post(apprentice + action).param("date", LocalDate.now().toString())
					.param("hours", "2")
					.param("activity", "STUDY_DAY")
					.param("version", "0")
					.with(user(assessor))
					.with(csrf()))
				.andExpect(status().isNotFound());
		}
		this.mvc.perform(get(apprentice).with(user(assessor)))
			.andExpect(content().string(not(containsString("Off-the-job training"))));
	}

	@Test
	void beforeGatewayTheAdminIsToldWhyNoAssessorCanBeAssignedYet() throws Exception {
		long onProgramme = this.testApprentices.enrolNew().id();
		this.mvc.perform(get("/apprentices/" + onProgramme + "/epa").with(user(this.testApprentices.admin())))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("An assessor can only be assigned once gateway is approved.")))
			.andExpect(content().string(not(containsString("Assign the assessor"))));
	}

	@Test
	void theAdminAssignsFromThePageAndTheAssessorFindsTheApprenticeOnTheirHome() throws Exception {
		AtGateway atGateway = this.testEpa.atGateway();
		CurrentUser admin = this.testApprentices.admin();
		String page = "/apprentices/" + atGateway.id() + "/epa";
		this.mvc.perform(get(page).with(user(admin)))
			.andExpect(content().string(containsString("Assign the assessor")))
			.andExpect(content().string(containsString("<option value=\"\">Choose…</option>")))
			.andExpect(content().string(not(containsString("selected"))))
			.andExpect(content().string(containsString(atGateway.assessor().name())));
		this.mvc.perform(post(page + "/assessor").with(user(admin)).with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("There is a problem")))
			.andExpect(content().string(containsString("Choose the assessor.")));
		this.mvc
			.perform(post(page + "/assessor").param("assessorId", String.valueOf(atGateway.assessor().id()))
				.with(user(admin))
				.with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(atGateway.assessor().name() + " will assess")))
			.andExpect(content().string(containsString("Confirm: assign " + atGateway.assessor().name())));
		assertThat(this.pages.page(atGateway.id(), admin).profile().assessorId()).as("nothing recorded until confirmed")
			.isNull();
		this.mvc
			.perform(post(page + "/assessor").param("assessorId", String.valueOf(atGateway.assessor().id()))
				.param("confirmed", "true")
				.with(user(admin))
				.with(csrf()))
			.andExpect(flash().attribute("flashMessage", "epa.assigned"));
		this.mvc.perform(get("/assessor").with(user(TestAccounts.signedIn(atGateway.assessor()))))
			.andExpect(content().string(containsString(page)))
			.andExpect(content().string(containsString("0 of 3 elements recorded")));
	}

}
