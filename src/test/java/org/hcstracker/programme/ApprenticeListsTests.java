package org.hcstracker.programme;

import jakarta.persistence.EntityManagerFactory;
import org.hcstracker.people.AccountView;
import org.hcstracker.people.CurrentUser;
import org.hcstracker.people.Role;
import org.hcstracker.testsupport.IntegrationTest;
import org.hcstracker.testsupport.SqlStatements;
import org.hcstracker.testsupport.TestAccounts;
import org.hcstracker.testsupport.TestApprentices;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Page;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The lists of apprentices: who is on each, search, order, and a fixed number of SQL
 * statements whatever the number of rows.
 */
@IntegrationTest
class ApprenticeListsTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	ApprenticeLists lists;

	@Autowired
	TestAccounts testAccounts;

	@Autowired
	TestApprentices testApprentices;

	@Autowired
	EntityManagerFactory entityManagerFactory;

	@Test
	void aCoachsCaseloadHoldsTheirApprenticesOnlyAndIsSearchable() {
		AccountView coach = this.testAccounts.person(Role.COACH);
		AccountView lineManager = this.testAccounts.person(Role.EMPLOYER);
		var mine = this.testApprentices.enrolmentRequest(lineManager, coach, "Bethany Mills");
		this.testApprentices.enrol(lineManager, coach);
		this.testApprentices.enrolNew();

		CurrentUser signedIn = TestAccounts.signedIn(coach);
		assertThat(this.lists.caseload(signedIn, ApprenticeListQuery.of(null, null, 0)).getTotalElements())
			.isEqualTo(2);
		Page<ApprenticeRow> byName = this.lists.caseload(signedIn, ApprenticeListQuery.of("bethany", null, 0));
		assertThat(byName.getContent()).extracting(ApprenticeRow::name).containsExactly("Bethany Mills");
		Page<ApprenticeRow> byUln = this.lists.caseload(signedIn,
				ApprenticeListQuery.of(mine.uln().substring(0, 6), null, 0));
		assertThat(byUln.getContent()).extracting(ApprenticeRow::uln).contains(mine.uln());
	}

	@Test
	void aLineManagersOwnApprenticesComeFirst() {
		AccountView coach = this.testAccounts.person(Role.COACH);
		AccountView lineManager = this.testAccounts.person(Role.EMPLOYER);
		AccountView colleague = this.testAccounts.person(Role.EMPLOYER, lineManager.organisationId());
		this.testApprentices.enrolmentRequest(colleague, coach, "Aaron Abbott");
		this.testApprentices.enrolmentRequest(lineManager, coach, "Zara Young");

		Page<ApprenticeRow> list = this.lists.employed(TestAccounts.signedIn(lineManager),
				ApprenticeListQuery.of(null, "NAME", 0));

		assertThat(list.getContent()).extracting(ApprenticeRow::name).containsExactly("Zara Young", "Aaron Abbott");
	}

	@Test
	void longListsArePagedWithTheirTotal() throws Exception {
		AccountView coach = this.testAccounts.person(Role.COACH);
		AccountView lineManager = this.testAccounts.person(Role.EMPLOYER);
		for (int i = 0; i < ApprenticeListQuery.PAGE_SIZE + 2; i++) {
			this.testApprentices.enrol(lineManager, coach);
		}
		Page<ApprenticeRow> employed = this.lists.employed(TestAccounts.signedIn(lineManager),
				ApprenticeListQuery.of(null, null, 1));
		Page<ApprenticeRow> caseload = this.lists.caseload(TestAccounts.signedIn(coach),
				ApprenticeListQuery.of(null, "START", 1));
		assertThat(employed.getTotalElements()).isEqualTo(ApprenticeListQuery.PAGE_SIZE + 2);
		assertThat(employed.getContent()).hasSize(2);
		assertThat(caseload.getTotalElements()).isEqualTo(ApprenticeListQuery.PAGE_SIZE + 2);
		this.mvc.perform(get("/employer").param("page", "1").with(user(TestAccounts.signedIn(lineManager))))
			.andExpect(status().isOk());
	}

	@Test
	void theCaseloadPageIssuesTheSameStatementsForTwoApprenticesAsForSix() throws Exception {
		SqlStatements statements = new SqlStatements(this.entityManagerFactory);
		AccountView coach = this.testAccounts.person(Role.COACH);
		AccountView lineManager = this.testAccounts.person(Role.EMPLOYER);
		for (int i = 0; i < 2; i++) {
			this.testApprentices.enrol(lineManager, coach);
		}
		long forTwo = statements.count(() -> this.mvc.perform(get("/coach").with(user(TestAccounts.signedIn(coach))))
			.andExpect(status().isOk()));
		for (int i = 0; i < 4; i++) {
			this.testApprentices.enrol(this.testAccounts.person(Role.EMPLOYER), coach);
		}
		long forSix = statements.count(() -> this.mvc.perform(get("/coach").with(user(TestAccounts.signedIn(coach))))
			.andExpect(status().isOk()));

		// The whole caseload; for the flags, the apprentices on programme, their breaks,
		// their last reviews, counted hours and submission dates; the evidence waiting
		// per
		// apprentice; the evidence review queue; the reviews due (the apprentices on
		// programme, their breaks, their review dates); the hours waiting for approval;
		// the
		// gateway readiness of the page (records, accepted areas, self-assessments,
		// areas).
		// Plus the unread count of the notifications in the header.
		assertThat(forSix).isEqualTo(forTwo).isLessThanOrEqualTo(17);
	}

	@Test
	void theEmployerPageIssuesAFixedNumberOfStatements() throws Exception {
		SqlStatements statements = new SqlStatements(this.entityManagerFactory);
		AccountView coach = this.testAccounts.person(Role.COACH);
		AccountView lineManager = this.testAccounts.person(Role.EMPLOYER);
		this.testApprentices.enrol(lineManager, coach);
		long forOne = statements
			.count(() -> this.mvc.perform(get("/employer").with(user(TestAccounts.signedIn(lineManager))))
				.andExpect(status().isOk()));
		for (int i = 0; i < 4; i++) {
			this.testApprentices.enrol(lineManager, this.testAccounts.person(Role.COACH));
		}
		long forFive = statements
			.count(() -> this.mvc.perform(get("/employer").with(user(TestAccounts.signedIn(lineManager))))
				.andExpect(status().isOk()));

		// The whole list; for the flags, the apprentices on programme, their breaks,
		// their
		// last reviews, counted hours and submission dates; the reviews to sign; the
		// gateway decisions waiting (the apprentices on programme, their breaks, and
		// their
		// readiness).
		// Plus the unread count of the notifications in the header.
		assertThat(forFive).isEqualTo(forOne).isLessThanOrEqualTo(14);
	}

	@Test
	void theAdministratorsListIssuesAFixedNumberOfStatements() throws Exception {
		SqlStatements statements = new SqlStatements(this.entityManagerFactory);
		CurrentUser admin = this.testApprentices.admin();
		this.testApprentices.enrolNew();
		long before = statements
			.count(() -> this.mvc.perform(get("/admin/apprentices").with(user(admin))).andExpect(status().isOk()));
		for (int i = 0; i < 3; i++) {
			this.testApprentices.enrolNew();
		}
		long after = statements
			.count(() -> this.mvc.perform(get("/admin/apprentices").with(user(admin))).andExpect(status().isOk()));

		assertThat(after).isEqualTo(before);
	}

	@Test
	void theApprenticePageIssuesAFixedNumberOfStatements() throws Exception {
		SqlStatements statements = new SqlStatements(this.entityManagerFactory);
		CurrentUser admin = this.testApprentices.admin();
		var enrolled = this.testApprentices.enrolNew();
		long count = statements.count(() -> this.mvc.perform(get("/apprentices/{id}", enrolled.id()).with(user(admin)))
			.andExpect(status().isOk()));
		// The profile and the timeline; for the flags, the apprentice, their breaks (the
		// apprentice again and the timeline), last review, counted hours and submission
		// dates; and the header's unread count.
		assertThat(count).isEqualTo(9);
	}

}
