package org.hcstracker.home;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import jakarta.persistence.EntityManagerFactory;
import org.hcstracker.epa.EpaElement;
import org.hcstracker.epa.EpaGrade;
import org.hcstracker.epa.EpaGradeService;
import org.hcstracker.epa.EpaResultService;
import org.hcstracker.people.AccountView;
import org.hcstracker.people.CurrentUser;
import org.hcstracker.people.Role;
import org.hcstracker.portfolio.EvidenceService;
import org.hcstracker.programme.EnrolmentRequest;
import org.hcstracker.programme.EnrolmentService;
import org.hcstracker.progress.AgreedAction;
import org.hcstracker.progress.OffTheJobActivity;
import org.hcstracker.progress.OffTheJobDetails;
import org.hcstracker.progress.OffTheJobService;
import org.hcstracker.progress.ProgressReviewPages;
import org.hcstracker.progress.ProgressReviewService;
import org.hcstracker.progress.ReviewContent;
import org.hcstracker.progress.ReviewRag;
import org.hcstracker.testsupport.IntegrationTest;
import org.hcstracker.testsupport.SqlStatements;
import org.hcstracker.testsupport.TestAccounts;
import org.hcstracker.testsupport.TestApprentices;
import org.hcstracker.testsupport.TestApprentices.Enrolled;
import org.hcstracker.testsupport.TestEpa;
import org.hcstracker.testsupport.TestEpa.AtGateway;
import org.hcstracker.testsupport.TestEvidence;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.tuple;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The recent activity on the coach's and the line manager's homes: only their own
 * apprentices, never a draft, newest first, at most ten, in one statement whatever the
 * size of the caseload.
 */
@IntegrationTest
class ActivityFeedTests {

	@Autowired
	ActivityFeed feed;

	@Autowired
	EvidenceService evidence;

	@Autowired
	OffTheJobService offTheJob;

	@Autowired
	ProgressReviewService reviews;

	@Autowired
	ProgressReviewPages reviewPages;

	@Autowired
	EnrolmentService enrolments;

	@Autowired
	EpaResultService results;

	@Autowired
	EpaGradeService grades;

	@Autowired
	TestEpa testEpa;

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
	void theCoachSeesWhatHappenedAcrossTheirCaseloadNewestFirst() {
		Enrolled priya = enrol("Priya Feed");
		Enrolled tom = enrol("Tom Feed");
		long submitted = this.testEvidence.submitted(priya, "Sample reception log", 1);
		long returned = this.testEvidence.returned(tom, "Ward round reflection", 2);
		logHours(priya, 2, "7.5");
		this.evidence.submit(tom.id(), returned, this.testEvidence.version(tom, returned),
				this.testEvidence.apprentice(tom));
		long accepted = this.testEvidence.accepted(priya, "Fire safety training", 3);

		List<Activity> activity = this.feed.ofCaseload(signedIn(this.coach));

		assertThat(activity).extracting(Activity::messageKey)
			.containsExactly("activity.EVIDENCE_ACCEPTED", "activity.EVIDENCE_SUBMITTED",
					"activity.EVIDENCE_SUBMITTED.again", "activity.OFF_THE_JOB_RECORDED", "activity.EVIDENCE_RETURNED",
					"activity.EVIDENCE_SUBMITTED", "activity.EVIDENCE_SUBMITTED");
		assertThat(activity).extracting(Activity::apprenticeName)
			.containsExactly("Priya Feed", "Priya Feed", "Tom Feed", "Priya Feed", "Tom Feed", "Tom Feed",
					"Priya Feed");
		Activity latest = activity.get(0);
		assertThat(latest.title()).isEqualTo("Fire safety training");
		assertThat(latest.link()).isEqualTo("/apprentices/" + priya.id() + "/evidence/" + accepted);
		assertThat(latest.on()).isEqualTo(LocalDate.now());
		assertThat(latest.dayKey()).isEqualTo("activity.today");
		assertThat(activity.get(3).link()).isEqualTo("/apprentices/" + priya.id() + "/off-the-job");
		assertThat(activity.get(6).link()).isEqualTo("/apprentices/" + priya.id() + "/evidence/" + submitted);
	}

	@Test
	void anotherCoachsApprenticesNeverAppear() {
		Enrolled mine = enrol("Nadia Mine");
		Enrolled theirs = this.testApprentices.enrolNew();
		this.testEvidence.submitted(theirs, "Someone else's evidence", 1);
		logHours(theirs, 1, "3");
		this.testEvidence.submitted(mine, "My apprentice's evidence", 1);

		assertThat(this.feed.ofCaseload(signedIn(this.coach))).extracting(Activity::apprenticeId)
			.containsExactly(mine.id());
		assertThat(this.feed.ofCaseload(signedIn(theirs.coach()))).extracting(Activity::apprenticeId)
			.containsOnly(theirs.id())
			.hasSize(2);
	}

	@Test
	void draftsAndEvidenceTakenBackToDraftNeverAppear() {
		Enrolled priya = enrol("Priya Private");
		CurrentUser apprentice = this.testEvidence.apprentice(priya);
		this.testEvidence.draft(priya, "Private draft", 1);
		long takenBack = this.testEvidence.submitted(priya, "Submitted then taken back", 2);
		this.evidence.takeBack(priya.id(), takenBack, this.testEvidence.version(priya, takenBack), apprentice);
		this.testEvidence.submitted(priya, "Still submitted", 3);

		List<Activity> activity = this.feed.ofCaseload(signedIn(this.coach));

		assertThat(activity).extracting(Activity::title).containsExactly("Still submitted");
		assertThat(this.feed.ofLineManaged(signedIn(this.lineManager))).extracting(Activity::title)
			.containsExactly("Still submitted");
	}

	@Test
	void theFeedHoldsTheTenLatestEvenWhenOneApprenticeDidMost() {
		Enrolled busy = enrol("Busy Bee");
		Enrolled quiet = enrol("Quiet Mouse");
		this.testEvidence.submitted(quiet, "Quiet and old", 1);
		for (int i = 0; i < 12; i++) {
			this.testEvidence.submitted(busy, "Busy piece " + i, 1 + i % 9);
		}
		this.testEvidence.submitted(quiet, "Quiet and new", 2);

		List<Activity> activity = this.feed.ofCaseload(signedIn(this.coach));

		assertThat(activity).hasSize(ActivityFeed.LATEST);
		assertThat(activity).extracting(Activity::title)
			.containsExactly("Quiet and new", "Busy piece 11", "Busy piece 10", "Busy piece 9", "Busy piece 8",
					"Busy piece 7", "Busy piece 6", "Busy piece 5", "Busy piece 4", "Busy piece 3");
	}

	@Test
	void theLineManagerSeesTheirOwnApprenticesSignaturesAndNotAColleagues() {
		Enrolled own = enrol("Olu Own");
		AccountView colleague = this.testAccounts.person(Role.EMPLOYER, this.lineManager.organisationId());
		Enrolled colleagues = new Enrolled(this.testApprentices.enrol(colleague, this.coach), colleague, this.coach);
		this.testEvidence.submitted(colleagues, "A colleague's apprentice's evidence", 1);
		CurrentUser coach = signedIn(this.coach);
		long review = this.reviews.record(own.id(), heldReview(), coach);
		this.reviews.sign(own.id(), review, reviewVersion(own, review), null, this.testEvidence.apprentice(own));
		this.reviews.sign(own.id(), review, reviewVersion(own, review), null, signedIn(this.lineManager));

		List<Activity> activity = this.feed.ofLineManaged(signedIn(this.lineManager));

		assertThat(activity).extracting(Activity::messageKey)
			.containsExactly("activity.REVIEW_SIGNED.byLineManager", "activity.REVIEW_SIGNED.byApprentice");
		assertThat(activity).extracting(Activity::link).containsOnly("/apprentices/" + own.id() + "/reviews/" + review);
		assertThat(this.feed.ofCaseload(coach)).hasSize(3);
	}

	@Test
	void aConfirmedGradeAppearsInWordsButNotTheElementResultsBeforeIt() throws Exception {
		AtGateway inEpa = this.testEpa.inEpa();
		CurrentUser assessor = TestAccounts.signedIn(inEpa.assessor());
		for (EpaElement element : EpaElement.values()) {
			this.results.recordResult(inEpa.id(), element, EpaGrade.PASS, LocalDate.now(), null, assessor);
		}
		this.grades.confirm(inEpa.id(), assessor);
		CurrentUser coach = signedIn(inEpa.enrolled().coach());

		assertThat(this.feed.ofCaseload(coach)).extracting(Activity::messageKey, Activity::grade, Activity::link)
			.containsExactly(tuple("activity.EPA_GRADE_CONFIRMED", "PASS", "/apprentices/" + inEpa.id() + "/epa"));
		assertThat(page("/coach", coach).getElementById("recent-activity").parent().text())
			.contains("End-point assessment grade confirmed: Pass");
		assertThat(this.feed.ofLineManaged(signedIn(inEpa.enrolled().lineManager()))).extracting(Activity::grade)
			.containsExactly("PASS");
	}

	@Test
	void onlyACoachReadsACaseloadAndOnlyALineManagerTheirApprentices() {
		assertThatExceptionOfType(AccessDeniedException.class)
			.isThrownBy(() -> this.feed.ofCaseload(signedIn(this.lineManager)));
		assertThatExceptionOfType(AccessDeniedException.class)
			.isThrownBy(() -> this.feed.ofLineManaged(signedIn(this.coach)));
	}

	@Test
	void theCoachsHomeListsTheActivityWithLinksToTheApprenticeAndTheObject() throws Exception {
		Enrolled priya = enrol("Priya Home");
		long accepted = this.testEvidence.accepted(priya, "Infection control audit", 4);
		logHours(priya, 1, "2");
		Enrolled other = this.testApprentices.enrolNew();
		this.testEvidence.submitted(other, "Not for this coach", 1);
		this.testEvidence.draft(priya, "Unfinished draft", 2);

		Document page = page("/coach", signedIn(this.coach));

		Element feed = page.getElementById("recent-activity").parent();
		assertThat(feed.select("ol > li")).hasSize(3);
		Element first = feed.selectFirst("ol > li");
		assertThat(first.text()).contains("Priya Home", "Today", "Logged off-the-job hours");
		assertThat(first.select("a").eachAttr("href")).containsExactly("/apprentices/" + priya.id(),
				"/apprentices/" + priya.id() + "/off-the-job");
		assertThat(feed.text())
			.contains("Evidence accepted: Infection control audit", "Submitted evidence: Infection control audit")
			.doesNotContain("Not for this coach", "Unfinished draft");
		assertThat(feed.select("a[href=/apprentices/" + priya.id() + "/evidence/" + accepted + "]")).hasSize(2);
		assertThat(page.select("main table#recent-activity, #recent-activity ~ table")).isEmpty();
	}

	@Test
	void theLineManagersHomeListsTheActivityOrSaysThereIsNoneYet() throws Exception {
		Document empty = page("/employer", signedIn(this.lineManager));
		assertThat(empty.getElementById("recent-activity").parent().text())
			.contains("Nothing has happened for the apprentices you manage yet.");

		Enrolled own = enrol("Lina Managed");
		this.testEvidence.returned(own, "Handover notes", 1);
		Document page = page("/employer", signedIn(this.lineManager));

		Element feed = page.getElementById("recent-activity").parent();
		assertThat(feed.text()).contains("Lina Managed", "Evidence returned for changes: Handover notes",
				"Submitted evidence: Handover notes");
	}

	@Test
	void theFeedIsOneStatementWhateverTheSizeOfTheCaseload() throws Exception {
		SqlStatements statements = new SqlStatements(this.entityManagerFactory);
		Enrolled first = enrol("First Apprentice");
		this.testEvidence.submitted(first, "First piece", 1);
		long small = statements.count(() -> this.feed.ofCaseload(signedIn(this.coach)));
		for (int i = 0; i < 20; i++) {
			Enrolled next = new Enrolled(this.testApprentices.enrol(this.lineManager, this.coach), this.lineManager,
					this.coach);
			this.testEvidence.submitted(next, "Piece " + i, 1 + i % 9);
			logHours(next, 1, "1");
		}
		long large = statements.count(() -> this.feed.ofCaseload(signedIn(this.coach)));
		assertThat(large).isEqualTo(small).isEqualTo(1);
	}

	private Enrolled enrol(String name) {
		EnrolmentRequest r = this.testApprentices.request(this.lineManager, this.coach);
		EnrolmentRequest named = new EnrolmentRequest(name, r.email(), r.uln(), r.divisionId(), r.standardVersionId(),
				r.employerId(), r.lineManagerId(), r.coachId(), r.epaoId(), r.startDate(), r.plannedEndDate(),
				r.plannedOtjHours());
		return new Enrolled(this.enrolments.enrol(named, this.testApprentices.admin()), this.lineManager, this.coach);
	}

	private void logHours(Enrolled enrolled, int daysAgo, String hours) {
		this.offTheJob.record(enrolled.id(), new OffTheJobDetails(LocalDate.now().minusDays(daysAgo),
				new BigDecimal(hours), OffTheJobActivity.STUDY_DAY, null), this.testEvidence.apprentice(enrolled));
	}

	private long reviewVersion(Enrolled enrolled, long review) {
		return this.reviewPages.review(enrolled.id(), review, signedIn(this.coach)).review().version();
	}

	private static ReviewContent heldReview() {
		LocalDate held = LocalDate.now().minusDays(2);
		return new ReviewContent(held, "Good progress on the sample log", ReviewRag.GREEN, "On track",
				List.of(new AgreedAction("Upload the sample reception log", held.plusWeeks(4))));
	}

	private Document page(String path, CurrentUser viewer) throws Exception {
		return Jsoup.parse(this.mvc.perform(get(path).with(user(viewer)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString());
	}

	private static CurrentUser signedIn(AccountView account) {
		return TestAccounts.signedIn(account);
	}

}
