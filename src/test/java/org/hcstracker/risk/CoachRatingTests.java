package org.hcstracker.risk;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.hcstracker.people.AccountService;
import org.hcstracker.people.AccountView;
import org.hcstracker.people.CurrentUser;
import org.hcstracker.people.Role;
import org.hcstracker.portfolio.EvidenceService;
import org.hcstracker.programme.ApprenticeDirectory;
import org.hcstracker.programme.ApprenticeListQuery;
import org.hcstracker.programme.ApprenticeLists;
import org.hcstracker.programme.ApprenticeRow;
import org.hcstracker.programme.EnrolmentRequest;
import org.hcstracker.progress.AgreedAction;
import org.hcstracker.progress.FollowUpChoice;
import org.hcstracker.progress.OffTheJobActivity;
import org.hcstracker.progress.OffTheJobDetails;
import org.hcstracker.progress.OffTheJobService;
import org.hcstracker.progress.ProgressReviewScheduling;
import org.hcstracker.progress.ProgressReviewService;
import org.hcstracker.progress.ReviewVenue;
import org.hcstracker.progress.ReviewContent;
import org.hcstracker.progress.ReviewRag;
import org.hcstracker.testsupport.IntegrationTest;
import org.hcstracker.testsupport.TestAccounts;
import org.hcstracker.testsupport.TestApprentices;
import org.hcstracker.testsupport.TestEvidence;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.stringContainsInOrder;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The coach's Red rating of the latest review held is kept in the summary and flagged,
 * with the coach's reason, on the caseload, the line manager's list, the apprentice's
 * page and their home, counted by status and filtered in the database as the policy
 * decides; a review only scheduled changes nothing, and a later review rated Green clears
 * it.
 */
@IntegrationTest
class CoachRatingTests {

	private static final String REASON = "Hours well behind the plan; two areas without evidence.";

	@Autowired
	RiskService risk;

	@Autowired
	ApprenticeRisk apprenticeRisk;

	@Autowired
	SummaryRebuilds rebuilds;

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
	AccountService accounts;

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	TestAccounts testAccounts;

	@Autowired
	TestApprentices testApprentices;

	@Autowired
	TestEvidence testEvidence;

	private AccountView coach;

	private AccountView lineManager;

	@BeforeEach
	void people() {
		this.coach = this.testAccounts.person(Role.COACH);
		this.lineManager = this.testAccounts.person(Role.EMPLOYER);
	}

	@Test
	void theCoachsRedRatingIsAFlagWithTheirReasonWhereverFlagsAreShown() throws Exception {
		long rated = enrol("Rhian Rated");
		long green = enrol("Gwen Green");
		long amber = enrol("Alys Amber");
		keepUp(rated, ReviewRag.RED, REASON);
		keepUp(green, ReviewRag.GREEN, "On track");
		keepUp(amber, ReviewRag.AMBER, "Needs attention");
		CurrentUser coach = TestAccounts.signedIn(this.coach);
		ApprenticeListQuery query = ApprenticeListQuery.riskFirst(null, null, 0);

		RiskList list = this.risk.caseload(coach, query);
		Risk risk = list.risks().get(rated);
		assertThat(risk.flags()).singleElement().satisfies((reason) -> {
			assertThat(reason.flag()).isEqualTo(RiskFlag.COACH_RATED_RED);
			assertThat(reason.arguments()).first().isEqualTo(REASON);
		});
		assertThat(risk.rag()).isEqualTo(Rag.AMBER);
		assertThat(list.risks().get(amber).flags()).isEmpty();
		assertThat(list.page().getContent()).extracting(ApprenticeRow::id).first().isEqualTo(rated);
		assertThat(list.counts()).isEqualTo(new StatusCounts(0, 1, 2, 0, 0, 0));
		assertThat(ids(this.risk.caseload(coach, query, StatusFilter.AMBER))).containsExactly(rated);
		assertThat(ids(this.risk.caseload(coach, query, StatusFilter.GREEN))).containsExactlyInAnyOrder(amber, green);
		assertThat(this.apprenticeRisk.of(rated, this.testApprentices.admin())).isEqualTo(risk);

		String flag = "Coach rated Red: " + REASON.replace("'", "&#39;");
		this.mvc.perform(get("/coach").with(user(coach)))
			.andExpect(content().string(stringContainsInOrder("Rhian Rated", "Amber: keep an eye", flag)));
		this.mvc.perform(get("/employer").with(user(TestAccounts.signedIn(this.lineManager))))
			.andExpect(content().string(containsString(flag)));
		this.mvc.perform(get("/apprentices/{id}", rated).with(user(TestAccounts.signedIn(this.lineManager))))
			.andExpect(status().isOk())
			.andExpect(content().string(stringContainsInOrder(flag,
					"Clears when the coach records a later review held with a better rating.")));
		this.mvc.perform(get("/apprentice").with(user(apprenticeOf(rated))))
			.andExpect(status().isOk())
			.andExpect(content().string(stringContainsInOrder(flag,
					"Clears when your coach records a later review held with a better rating.")));
	}

	@Test
	void aReviewScheduledLeavesTheFlagAndALaterReviewRatedGreenClearsIt() {
		long rated = enrol("Rhian Rated");
		keepUp(rated, ReviewRag.RED, REASON);
		CurrentUser coach = TestAccounts.signedIn(this.coach);
		assertThat(summary(rated)).containsEntry("latest_review_rag", "RED")
			.containsEntry("latest_review_reason", REASON)
			.containsEntry("coach_rated_from", java.sql.Date.valueOf(LocalDate.now().minusWeeks(1)));

		this.scheduling.schedule(rated, LocalDate.now().plusDays(3), java.time.LocalTime.of(10, 0),
				new ReviewVenue("Training room 2", null), coach);
		assertThat(flags(rated)).containsExactly(RiskFlag.COACH_RATED_RED);
		Map<String, Object> kept = summary(rated);
		this.rebuilds.rebuildAll();
		assertThat(summary(rated)).isEqualTo(kept);

		// An earlier review recorded afterwards is not the latest held.
		this.reviews.record(rated, heldReview(LocalDate.now().minusWeeks(3), ReviewRag.GREEN, "Fine then"), coach);
		assertThat(flags(rated)).containsExactly(RiskFlag.COACH_RATED_RED);

		ReviewContent now = heldReview(LocalDate.now(), ReviewRag.GREEN, "Back on track");
		this.reviews.record(rated, new ReviewContent(now.heldOn(), now.summary(), now.rag(), now.ragReason(),
				now.actions(), List.of(FollowUpChoice.done())), coach);
		assertThat(flags(rated)).isEmpty();
		assertThat(summary(rated)).containsEntry("latest_review_rag", "GREEN")
			.containsEntry("latest_review_reason", "Back on track")
			.containsEntry("coach_rated_from", null);
		assertThat(ids(this.risk.caseload(coach, ApprenticeListQuery.riskFirst(null, null, 0), StatusFilter.GREEN)))
			.containsExactly(rated);
		Map<String, Object> cleared = summary(rated);
		this.rebuilds.rebuildAll();
		assertThat(summary(rated)).isEqualTo(cleared);
	}

	@Test
	void aRatingShowsOnlyForTheApprenticesInThePersonsList() throws Exception {
		long rated = enrol("Rhian Rated");
		keepUp(rated, ReviewRag.RED, REASON);
		AccountView otherCoach = this.testAccounts.person(Role.COACH);
		this.mvc.perform(get("/coach").with(user(TestAccounts.signedIn(otherCoach))))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("Coach rated Red"))));
		this.mvc.perform(get("/apprentices/{id}", rated).with(user(TestAccounts.signedIn(otherCoach))))
			.andExpect(status().isNotFound());
	}

	private List<RiskFlag> flags(long apprenticeId) {
		return this.risk.caseload(TestAccounts.signedIn(this.coach), ApprenticeListQuery.riskFirst(null, null, 0))
			.risks()
			.get(apprenticeId)
			.flags()
			.stream()
			.map(Risk.Reason::flag)
			.toList();
	}

	private Map<String, Object> summary(long apprenticeId) {
		return this.jdbc.sql("select * from apprentice_summaries where apprentice_id = :id")
			.param("id", apprenticeId)
			.query()
			.singleRow();
	}

	private static List<Long> ids(RiskList list) {
		return list.page().getContent().stream().map(ApprenticeRow::id).toList();
	}

	private long enrol(String name) {
		EnrolmentRequest request = this.testApprentices.enrolmentRequest(this.lineManager, this.coach, name);
		return this.lists.findIdByUln(request.uln(), this.testApprentices.admin()).orElseThrow();
	}

	private static ReviewContent heldReview(LocalDate held, ReviewRag rag, String reason) {
		return new ReviewContent(held, "Progress discussed", rag, reason,
				List.of(new AgreedAction("Carry on", held.plusWeeks(4))));
	}

	/**
	 * A review held a week ago rated as given, the off-the-job hours expected by now, and
	 * evidence submitted: no other flag.
	 */
	private void keepUp(long apprenticeId, ReviewRag rag, String reason) {
		CurrentUser apprentice = apprenticeOf(apprenticeId);
		this.reviews.record(apprenticeId, heldReview(LocalDate.now().minusWeeks(1), rag, reason),
				TestAccounts.signedIn(this.coach));
		for (int day = 1; day <= 15; day++) {
			this.offTheJob.record(apprenticeId, new OffTheJobDetails(LocalDate.now().minusDays(day),
					new BigDecimal("12"), OffTheJobActivity.STUDY_DAY, null), apprentice);
		}
		this.evidence.create(apprenticeId, this.testEvidence.details("Recent work", 4), true, apprentice);
	}

	private CurrentUser apprenticeOf(long apprenticeId) {
		long accountId = this.directory.reference(apprenticeId, this.testApprentices.admin()).accountId();
		return TestAccounts.signedIn(this.accounts.find(accountId));
	}

}
