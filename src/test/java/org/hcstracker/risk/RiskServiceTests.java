package org.hcstracker.risk;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;

import jakarta.persistence.EntityManagerFactory;
import org.hcstracker.people.AccountService;
import org.hcstracker.people.AccountView;
import org.hcstracker.people.CurrentUser;
import org.hcstracker.people.Role;
import org.hcstracker.portfolio.EvidenceService;
import org.hcstracker.portfolio.ReviewQueue;
import org.hcstracker.programme.ApprenticeDirectory;
import org.hcstracker.programme.ApprenticeLists;
import org.hcstracker.programme.ApprenticeListQuery;
import org.hcstracker.programme.ApprenticeRow;
import org.hcstracker.programme.EnrolmentRequest;
import org.hcstracker.progress.AgreedAction;
import org.hcstracker.progress.OffTheJobActivity;
import org.hcstracker.progress.OffTheJobDetails;
import org.hcstracker.progress.OffTheJobService;
import org.hcstracker.progress.ProgressTasks;
import org.hcstracker.progress.ProgressReviewScheduling;
import org.hcstracker.progress.ProgressReviewService;
import org.hcstracker.progress.ReviewContent;
import org.hcstracker.progress.ReviewRag;
import org.hcstracker.progress.ReviewVenue;
import org.hcstracker.testsupport.IntegrationTest;
import org.hcstracker.testsupport.SqlStatements;
import org.hcstracker.testsupport.TestAccounts;
import org.hcstracker.testsupport.TestApprentices;
import org.hcstracker.testsupport.TestEvidence;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.stringContainsInOrder;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@IntegrationTest
class RiskServiceTests {

	@Autowired
	RiskService risk;

	@Autowired
	ApprenticeDirectory directory;

	@Autowired
	ApprenticeLists lists;

	@Autowired
	ProgressReviewService reviews;

	@Autowired
	ProgressReviewScheduling scheduling;

	@Autowired
	OffTheJobService offTheJob;

	@Autowired
	EvidenceService evidence;

	@Autowired
	ReviewQueue portfolio;

	@Autowired
	ProgressTasks progress;

	@Autowired
	AccountService accounts;

	@Autowired
	MockMvc mvc;

	@Autowired
	TestAccounts testAccounts;

	@Autowired
	TestApprentices testApprentices;

	@Autowired
	TestEvidence testEvidence;

	@Autowired
	EntityManagerFactory entityManagerFactory;

	private AccountView coach;

	private AccountView lineManager;

	@BeforeEach
	void people() {
		this.coach = this.testAccounts.person(Role.COACH);
		this.lineManager = this.testAccounts.person(Role.EMPLOYER);
	}

	@Test
	void theMostAtRiskComeFirstWithTheirReasons() throws Exception {
		long green = enrol("Adam Green");
		long amber = enrol("Mia Amber");
		long red = enrol("Zara Red");
		keepUp(green, true);
		keepUp(amber, false);

		RiskList list = this.risk.caseload(signedIn(this.coach), ApprenticeListQuery.riskFirst(null, null, 0));
		assertThat(list.page().getContent()).extracting(ApprenticeRow::id).containsExactly(red, amber, green);
		assertThat(list.risks().get(red).rag()).isEqualTo(Rag.RED);
		assertThat(list.risks().get(red).flags()).extracting(Risk.Reason::flag)
			.containsExactly(RiskFlag.REVIEW_OVERDUE, RiskFlag.OTJ_BEHIND, RiskFlag.NO_RECENT_EVIDENCE);
		assertThat(list.risks().get(amber).rag()).isEqualTo(Rag.AMBER);
		assertThat(list.risks().get(amber).flags()).extracting(Risk.Reason::flag)
			.containsExactly(RiskFlag.NO_RECENT_EVIDENCE);
		assertThat(list.risks().get(green).rag()).isEqualTo(Rag.GREEN);

		assertThat(this.risk.caseload(signedIn(this.coach), ApprenticeListQuery.riskFirst(null, "NAME", 0))
			.page()
			.getContent()).extracting(ApprenticeRow::id).containsExactly(green, amber, red);
		assertThat(this.risk.employed(signedIn(this.lineManager), ApprenticeListQuery.riskFirst(null, null, 0))
			.page()
			.getContent()).extracting(ApprenticeRow::id).containsExactly(red, amber, green);

		this.mvc.perform(get("/coach").with(user(signedIn(this.coach))))
			.andExpect(content().string(stringContainsInOrder("Zara Red", "Red: act now", "Progress review overdue",
					"Off-the-job hours behind", "Mia Amber", "Amber: keep an eye", "Adam Green", "Green: on track")));
		this.mvc.perform(get("/apprentices/{id}", red).with(user(signedIn(this.lineManager))))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Clears when the coach records a review held.")));
	}

	@Test
	void aBreakInLearningShowsAsSuchAfterThoseOnProgramme() {
		long onBreak = enrol("Aaron Break");
		long red = enrol("Zoe Red");
		this.testApprentices.startBreak(onBreak, LocalDate.now().minusWeeks(1));
		RiskList list = this.risk.caseload(signedIn(this.coach), ApprenticeListQuery.riskFirst(null, null, 0));
		assertThat(list.page().getContent()).extracting(ApprenticeRow::id).containsExactly(red, onBreak);
		assertThat(list.risks().get(onBreak).onBreak()).isTrue();
		assertThat(list.risks().get(onBreak).flags()).isEmpty();
	}

	@Test
	void eachListHoldsOnlyThePersonsOwnApprentices() {
		long mine = enrol("Nadia Mine");
		long other = this.testApprentices.enrolNew().id();
		assertThat(this.risk.caseload(signedIn(this.coach), ApprenticeListQuery.riskFirst(null, null, 0))
			.page()
			.getContent()).extracting(ApprenticeRow::id).containsExactly(mine);
		assertThat(this.risk.employed(signedIn(this.lineManager), ApprenticeListQuery.riskFirst(null, null, 0)).risks())
			.containsOnlyKeys(mine)
			.doesNotContainKey(other);
	}

	@Test
	void theCaseloadWithItsFlagsTakesAFixedNumberOfStatementsWhateverItsSize() throws Exception {
		SqlStatements statements = new SqlStatements(this.entityManagerFactory);
		for (int i = 0; i < 5; i++) {
			long id = enrol("Small caseload " + i);
			if (i < 2) {
				keepUp(id, true);
			}
		}
		long five = statements
			.count(() -> this.mvc.perform(get("/coach").with(user(signedIn(this.coach)))).andExpect(status().isOk()));
		// More than two pages of 25, so the page's cost cannot follow the caseload's.
		for (int i = 5; i < 60; i++) {
			long id = this.testApprentices.enrol(this.lineManager, this.coach).apprenticeId();
			if (i % 10 == 0) {
				this.evidence.create(id, this.testEvidence.details("Piece " + i, 1 + i % 9), true, apprenticeOf(id));
			}
		}
		long sixty = statements
			.count(() -> this.mvc.perform(get("/coach").with(user(signedIn(this.coach)))).andExpect(status().isOk()));
		long employer = statements.count(() -> this.mvc.perform(get("/employer").with(user(signedIn(this.lineManager))))
			.andExpect(status().isOk()));
		assertThat(this.risk.caseload(signedIn(this.coach), ApprenticeListQuery.riskFirst(null, null, 0))
			.page()
			.getTotalElements()).isEqualTo(60);
		// The page of the caseload and the counts by status; the breaks of the page's
		// apprentices on programme; the reviews due and hours to approve from the
		// summaries; the gateway readiness of the page (records, accepted areas,
		// self-assessments, areas); the recent activity across the caseload; the unread
		// count of the notifications in the header.
		assertThat(sixty).isEqualTo(five).isEqualTo(10);
		assertThat(employer).isLessThanOrEqualTo(14);
	}

	@Test
	void theCoachsHomeReadsFromTheSummariesWhatTheRecordsSay() {
		long green = enrol("Adam Green");
		long amber = enrol("Mia Amber");
		long red = enrol("Zara Red");
		keepUp(green, true);
		keepUp(amber, false);
		this.scheduling.schedule(red, LocalDate.now().plusDays(3), LocalTime.of(10, 0),
				new ReviewVenue("Training room 2", null), signedIn(this.coach));
		CurrentUser coach = signedIn(this.coach);

		CoachHome home = this.risk.coachHome(coach, ApprenticeListQuery.riskFirst(null, null, 0), null);

		assertThat(home.reviewsDue()).isNotEmpty().isEqualTo(this.progress.dueForCoach(coach));
		assertThat(home.reviewsDue().get(0).next().scheduledFor()).isEqualTo(LocalDate.now().plusDays(3));
		assertThat(home.otjAwaiting()).hasSize(2).isEqualTo(this.progress.awaitingApproval(coach));
		assertThat(home.evidenceWaiting()).isEqualTo(1)
			.isEqualTo(this.portfolio.page(coach, ReviewQueue.Filter.none(), 0).items().getTotalElements());
		assertThat(home.caseload().awaiting()).containsExactlyEntriesOf(Map.of(green, 1L));
		assertThat(home.caseload().counts()).isEqualTo(new StatusCounts(1, 1, 1, 0, 0, 0));
	}

	@Test
	void aStatusFilterListsThoseWithThatStatusOnlyAndKeepsTheCounts() {
		long green = enrol("Adam Green");
		long amber = enrol("Mia Amber");
		long red = enrol("Zara Red");
		long onBreak = enrol("Aaron Break");
		keepUp(green, true);
		keepUp(amber, false);
		this.testApprentices.startBreak(onBreak, LocalDate.now().minusWeeks(1));
		CurrentUser coach = signedIn(this.coach);
		ApprenticeListQuery query = ApprenticeListQuery.riskFirst(null, null, 0);

		assertThat(ids(this.risk.caseload(coach, query, StatusFilter.RED))).containsExactly(red);
		assertThat(ids(this.risk.caseload(coach, query, StatusFilter.AMBER))).containsExactly(amber);
		assertThat(ids(this.risk.caseload(coach, query, StatusFilter.GREEN))).containsExactly(green);
		assertThat(ids(this.risk.caseload(coach, query, StatusFilter.BREAK))).containsExactly(onBreak);
		assertThat(ids(this.risk.caseload(coach, query, StatusFilter.GATEWAY))).isEmpty();
		RiskList reds = this.risk.employed(signedIn(this.lineManager), ApprenticeListQuery.riskFirst(null, "NAME", 0),
				StatusFilter.RED);
		assertThat(ids(reds)).containsExactly(red);
		assertThat(reds.page().getTotalElements()).isEqualTo(1);
		assertThat(reds.counts()).isEqualTo(new StatusCounts(1, 1, 1, 1, 0, 0));
		assertThat(this.risk.caseload(coach, ApprenticeListQuery.riskFirst("mia", null, 0), StatusFilter.RED)
			.page()
			.getTotalElements()).isZero();
	}

	private static List<Long> ids(RiskList list) {
		return list.page().getContent().stream().map(ApprenticeRow::id).toList();
	}

	private long enrol(String name) {
		EnrolmentRequest request = this.testApprentices.enrolmentRequest(this.lineManager, this.coach, name);
		return this.lists.findIdByUln(request.uln(), this.testApprentices.admin()).orElseThrow();
	}

	/**
	 * A review held a week ago, the off-the-job hours expected by now, and (if asked)
	 * evidence submitted.
	 */
	private void keepUp(long apprenticeId, boolean evidence) {
		CurrentUser coach = signedIn(this.coach);
		CurrentUser apprentice = apprenticeOf(apprenticeId);
		LocalDate held = LocalDate.now().minusWeeks(1);
		this.reviews.record(apprenticeId, new ReviewContent(held, "Keeping up well", ReviewRag.GREEN, "On track",
				List.of(new AgreedAction("Carry on", held.plusWeeks(4)))), coach);
		for (int day = 1; day <= 15; day++) {
			this.offTheJob.record(apprenticeId, new OffTheJobDetails(LocalDate.now().minusDays(day),
					new BigDecimal("12"), OffTheJobActivity.STUDY_DAY, null), apprentice);
		}
		if (evidence) {
			this.evidence.create(apprenticeId, this.testEvidence.details("Recent work", 4), true, apprentice);
		}
	}

	private CurrentUser apprenticeOf(long apprenticeId) {
		long accountId = this.directory.reference(apprenticeId, this.testApprentices.admin()).accountId();
		return TestAccounts.signedIn(this.accounts.find(accountId));
	}

	private static CurrentUser signedIn(AccountView account) {
		return TestAccounts.signedIn(account);
	}

}
