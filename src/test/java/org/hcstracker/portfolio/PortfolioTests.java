package org.hcstracker.portfolio;

import java.time.LocalDate;
import java.util.List;

import jakarta.persistence.EntityManagerFactory;
import org.hcstracker.people.CurrentUser;
import org.hcstracker.people.Role;
import org.hcstracker.portfolio.PortfolioViews.AreaCoverage;
import org.hcstracker.programme.ApprenticeLifecycleService;
import org.hcstracker.testsupport.IntegrationTest;
import org.hcstracker.testsupport.SqlStatements;
import org.hcstracker.testsupport.TestAccounts;
import org.hcstracker.testsupport.TestApprentices;
import org.hcstracker.testsupport.TestApprentices.Enrolled;
import org.hcstracker.testsupport.TestEvidence;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.tuple;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Who sees which evidence, coverage, the review queue, and the statement counts of the
 * pages.
 */
@IntegrationTest
class PortfolioTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	PortfolioPages portfolio;

	@Autowired
	PortfolioFacts facts;

	@Autowired
	ReviewQueue queue;

	@Autowired
	TestAccounts testAccounts;

	@Autowired
	TestApprentices testApprentices;

	@Autowired
	TestEvidence testEvidence;

	@Autowired
	EntityManagerFactory entityManagerFactory;

	@Autowired
	EvidenceService evidenceService;

	@Autowired
	ApprenticeLifecycleService lifecycle;

	@Test
	void draftsAreTheApprenticesAlone() throws Exception {
		Enrolled enrolled = this.testApprentices.enrolNew();
		long draft = this.testEvidence.draft(enrolled, "Private notes", 1);
		long submitted = this.testEvidence.submitted(enrolled, "Shared", 2);
		CurrentUser lineManager = TestAccounts.signedIn(enrolled.lineManager());

		assertThat(titles(enrolled, this.testEvidence.apprentice(enrolled))).containsExactly("Shared", "Private notes");
		assertThat(titles(enrolled, this.testEvidence.coach(enrolled))).containsExactly("Shared");
		assertThat(titles(enrolled, lineManager)).containsExactly("Shared");
		for (CurrentUser other : List.of(this.testEvidence.coach(enrolled), lineManager,
				this.testApprentices.admin())) {
			this.mvc.perform(get("/apprentices/{a}/evidence/{e}", enrolled.id(), draft).with(user(other)))
				.andExpect(status().isNotFound());
			this.mvc.perform(get("/apprentices/{a}/evidence/{e}", enrolled.id(), submitted).with(user(other)))
				.andExpect(status().isOk());
		}
	}

	@Test
	void aWithdrawnApprenticeIsNotOfferedWhatThePortfolioRulesRefuseAndIsToldWhy() throws Exception {
		Enrolled enrolled = this.testApprentices.enrolNew();
		long draft = this.testEvidence.draft(enrolled, "Unfinished notes", 1);
		CurrentUser apprentice = this.testEvidence.apprentice(enrolled);
		this.mvc.perform(get("/apprentices/{a}/portfolio", enrolled.id()).with(user(apprentice)))
			.andExpect(content().string(containsString("/apprentices/" + enrolled.id() + "/evidence/new")));
		assertThat(this.portfolio.evidence(enrolled.id(), draft, apprentice).canSubmit()).isTrue();

		this.lifecycle.withdraw(enrolled.id(), LocalDate.now(), "Left the trust", this.testApprentices.admin());

		this.mvc.perform(get("/apprentices/{a}/portfolio", enrolled.id()).with(user(apprentice)))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("/apprentices/" + enrolled.id() + "/evidence/new"))))
			.andExpect(content().string(containsString("You are no longer on the programme")));
		this.mvc.perform(get("/apprentices/{a}/evidence/new", enrolled.id()).with(user(apprentice)))
			.andExpect(redirectedUrl("/apprentices/" + enrolled.id() + "/portfolio"))
			.andExpect(flash().attribute("flashError", "evidence.apprenticeNotActive"));
		PortfolioViews.Detail detail = this.portfolio.evidence(enrolled.id(), draft, apprentice);
		assertThat(List.of(detail.canEdit(), detail.canSubmit(), detail.canTakeBack(), detail.canDecide()))
			.containsOnly(false);
		this.mvc.perform(get("/apprentices/{a}/evidence/{e}", enrolled.id(), draft).with(user(apprentice)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("You are no longer on the programme")))
			.andExpect(content().string(not(containsString(">Submit for review</button>"))));
		assertThatExceptionOfType(EvidenceRuleException.class)
			.isThrownBy(() -> this.evidenceService.submit(enrolled.id(), draft, detail.version(), apprentice))
			.extracting(EvidenceRuleException::getMessageKey)
			.isEqualTo("evidence.apprenticeNotActive");
		this.mvc.perform(get("/apprentices/{a}/portfolio", enrolled.id()).with(user(this.testEvidence.coach(enrolled))))
			.andExpect(content().string(not(containsString("You are no longer on the programme"))));
	}

	@Test
	void anotherApprenticesEvidenceIsNotFoundForEveryoneOutsideItsScope() throws Exception {
		Enrolled mine = this.testApprentices.enrolNew();
		Enrolled theirs = this.testApprentices.enrolNew();
		long accepted = this.testEvidence.accepted(theirs, "Theirs", 3);
		List<CurrentUser> outsiders = List.of(this.testEvidence.apprentice(mine), this.testEvidence.coach(mine),
				TestAccounts.signedIn(mine.lineManager()),
				TestAccounts.signedIn(this.testAccounts.person(Role.ASSESSOR)));
		for (CurrentUser outsider : outsiders) {
			for (String page : List.of("/apprentices/{a}/evidence/{e}", "/apprentices/{a}/evidence/{e}/edit")) {
				this.mvc.perform(get(page, theirs.id(), accepted).with(user(outsider)))
					.andExpect(status().isNotFound());
			}
			this.mvc.perform(get("/apprentices/{a}/evidence/{e}", mine.id(), accepted).with(user(outsider)))
				.andExpect(status().isNotFound());
			for (String action : List.of("submit", "take-back", "accept", "return")) {
				this.mvc
					.perform(
							post("/apprentices/{a}/evidence/{e}/" + action, theirs.id(), accepted).param("version", "0")
								.with(user(outsider))
								.with(csrf()))
					.andExpect(status().isNotFound());
			}
		}
	}

	@Test
	void actingOnEvidenceThatChangedMeanwhileShowsTheConflictPage() throws Exception {
		Enrolled enrolled = this.testApprentices.enrolNew();
		long id = this.testEvidence.submitted(enrolled, "Changing", 2);
		long seen = this.testEvidence.version(enrolled, id);
		this.mvc
			.perform(post("/apprentices/{a}/evidence/{e}/take-back", enrolled.id(), id)
				.param("version", String.valueOf(seen))
				.with(user(this.testEvidence.apprentice(enrolled)))
				.with(csrf()))
			.andExpect(status().is3xxRedirection());
		this.mvc
			.perform(post("/apprentices/{a}/evidence/{e}/accept", enrolled.id(), id)
				.param("version", String.valueOf(seen))
				.with(user(this.testEvidence.coach(enrolled)))
				.with(csrf()))
			.andExpect(status().isConflict())
			.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
				.string(org.hamcrest.Matchers.containsString("Someone else changed this first")));
	}

	@Test
	void feedbackSentOnEvidenceThatChangedMeanwhileIsGivenBackOnTheConflictPage() throws Exception {
		Enrolled enrolled = this.testApprentices.enrolNew();
		long id = this.testEvidence.submitted(enrolled, "Changing again", 2);
		long seen = this.testEvidence.version(enrolled, id);
		String page = "/apprentices/" + enrolled.id() + "/evidence/" + id;
		this.mvc
			.perform(post(page + "/take-back").param("version", String.valueOf(seen))
				.with(user(this.testEvidence.apprentice(enrolled)))
				.with(csrf()))
			.andExpect(status().is3xxRedirection());
		this.mvc
			.perform(post(page + "/return").param("version", String.valueOf(seen))
				.param("feedback", "Say which analyser you calibrated and what the controls showed.")
				.header("Referer", "http://localhost" + page)
				.with(user(this.testEvidence.coach(enrolled)))
				.with(csrf()))
			.andExpect(status().isConflict())
			.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
				.string(org.hamcrest.Matchers.containsString("Someone else changed this first")))
			.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
				.string(org.hamcrest.Matchers
					.containsString(">Say which analyser you calibrated and what the controls showed.</textarea>")))
			.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
				.string(org.hamcrest.Matchers.containsString("href=\"" + page + "\">Open the page again</a>")));
	}

	@Test
	void anEvidenceFormWithNoTitleAndNoAreaReportsBothAtOnceAndKeepsWhatWasTyped() throws Exception {
		Enrolled enrolled = this.testApprentices.enrolNew();
		this.mvc
			.perform(post("/apprentices/{a}/evidence/new", enrolled.id())
				.with(user(this.testEvidence.apprentice(enrolled)))
				.with(csrf())
				.param("title", "")
				.param("activityDate", LocalDate.now().minusDays(1).toString())
				.param("type", "WORK_PRODUCT")
				.param("description", "I ran the quality control samples.")
				.param("version", "0"))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrorCode("form", "title", "NotBlank"))
			.andExpect(model().attributeHasFieldErrorCode("form", "areaIds", "evidence.areas.required"))
			.andExpect(model().errorCount(2))
			.andExpect(content().string(containsString("Enter a title.")))
			.andExpect(content().string(containsString("Choose at least one programme area, or a KSB statement.")))
			.andExpect(content().string(containsString("I ran the quality control samples.")));
		assertThat(titles(enrolled, this.testEvidence.apprentice(enrolled))).isEmpty();
	}

	@Test
	void theCoachCannotWriteTheApprenticesEvidence() throws Exception {
		Enrolled enrolled = this.testApprentices.enrolNew();
		this.mvc
			.perform(get("/apprentices/{a}/evidence/new", enrolled.id()).with(user(this.testEvidence.coach(enrolled))))
			.andExpect(status().isForbidden());
	}

	@Test
	void thePortfolioFiltersByAreaStatusAndType() {
		Enrolled enrolled = this.testApprentices.enrolNew();
		this.testEvidence.accepted(enrolled, "Quality and leadership", 4, 9);
		this.testEvidence.submitted(enrolled, "Quality only", 4);
		this.testEvidence.submitted(enrolled, "Leadership only", 9);
		CurrentUser coach = this.testEvidence.coach(enrolled);
		long quality = this.testEvidence.areas(4).iterator().next();

		assertThat(filtered(enrolled, coach, new PortfolioViews.Filter(null, null, quality, null)))
			.containsExactlyInAnyOrder("Quality and leadership", "Quality only");
		assertThat(filtered(enrolled, coach, new PortfolioViews.Filter(EvidenceStatus.SUBMITTED, null, quality, null)))
			.containsExactly("Quality only");
		assertThat(filtered(enrolled, coach, new PortfolioViews.Filter(null, EvidenceType.CASE_STUDY, null, null)))
			.isEmpty();
		assertThat(filtered(enrolled, coach, new PortfolioViews.Filter(EvidenceStatus.DRAFT, null, null, null)))
			.as("a coach never sees drafts, even when asking for them")
			.isEmpty();
		assertThat(this.portfolio.portfolio(enrolled.id(), coach, PortfolioViews.Filter.none(), 0).items().getContent())
			.filteredOn((item) -> item.row().title().equals("Quality and leadership"))
			.singleElement()
			.satisfies((item) -> assertThat(item.areaNumbers()).containsExactly(4, 9));
	}

	@Test
	void coverageCountsAcceptedAndWaitingEvidencePerArea() {
		Enrolled enrolled = this.testApprentices.enrolNew();
		this.testEvidence.accepted(enrolled, "Two areas", 1, 4);
		this.testEvidence.accepted(enrolled, "Area one again", 1);
		this.testEvidence.submitted(enrolled, "Waiting", 4);
		this.testEvidence.returned(enrolled, "Returned", 5);
		this.testEvidence.draft(enrolled, "Draft", 6);

		PortfolioViews.Coverage coverage = this.facts.coverage(enrolled.id(), this.testEvidence.coach(enrolled));

		assertThat(coverage.areas()).extracting(AreaCoverage::number, AreaCoverage::accepted, AreaCoverage::submitted)
			.containsExactly(tuple(1, 2L, 0L), tuple(2, 0L, 0L), tuple(3, 0L, 0L), tuple(4, 1L, 1L), tuple(5, 0L, 0L),
					tuple(6, 0L, 0L), tuple(7, 0L, 0L), tuple(8, 0L, 0L), tuple(9, 0L, 0L));
		assertThat(coverage.gaps()).isEqualTo(7);
	}

	@Test
	void theQueueHoldsTheCoachsSubmittedEvidenceOldestFirst() {
		Enrolled first = this.testApprentices.enrolNew();
		Enrolled second = new Enrolled(this.testApprentices.enrol(first.lineManager(), first.coach()),
				first.lineManager(), first.coach());
		long oldest = this.testEvidence.submitted(first, "Oldest", 1);
		long middle = this.testEvidence.submitted(second, "Middle", 2);
		this.testEvidence.draft(first, "Not submitted", 3);
		this.testEvidence.accepted(second, "Already accepted", 4);
		long newest = this.testEvidence.submitted(first, "Newest", 5);
		this.testEvidence.submitted(this.testApprentices.enrolNew(), "Another coach's", 6);

		assertThat(this.queue.page(this.testEvidence.coach(first), ReviewQueue.Filter.none(), 0).items().getContent())
			.extracting(QueueItem::evidenceId)
			.containsExactly(oldest, middle, newest);
		assertThat(this.facts.awaitingReview(this.testEvidence.coach(first), List.of(first.id(), second.id())))
			.containsEntry(first.id(), 2L)
			.containsEntry(second.id(), 1L);
	}

	@Test
	void thePortfolioAndQueuePagesIssueAFixedNumberOfStatements() throws Exception {
		SqlStatements statements = new SqlStatements(this.entityManagerFactory);
		Enrolled enrolled = this.testApprentices.enrolNew();
		CurrentUser coach = this.testEvidence.coach(enrolled);
		this.testEvidence.submitted(enrolled, "One", 1, 2);
		long portfolioFew = statements
			.count(() -> this.mvc.perform(get("/apprentices/{id}/portfolio", enrolled.id()).with(user(coach)))
				.andExpect(status().isOk()));
		long queueFew = statements
			.count(() -> this.mvc.perform(get("/coach/reviews").with(user(coach))).andExpect(status().isOk()));
		long coverageFew = statements
			.count(() -> this.mvc.perform(get("/apprentices/{id}/coverage", enrolled.id()).with(user(coach)))
				.andExpect(status().isOk()));
		for (int i = 0; i < 6; i++) {
			this.testEvidence.submitted(enrolled, "More " + i, i % 9 + 1, (i + 3) % 9 + 1);
		}
		long portfolioMany = statements
			.count(() -> this.mvc.perform(get("/apprentices/{id}/portfolio", enrolled.id()).with(user(coach)))
				.andExpect(status().isOk()));
		long queueMany = statements
			.count(() -> this.mvc.perform(get("/coach/reviews").with(user(coach))).andExpect(status().isOk()));
		long coverageMany = statements
			.count(() -> this.mvc.perform(get("/apprentices/{id}/coverage", enrolled.id()).with(user(coach)))
				.andExpect(status().isOk()));

		// Plus the unread count of the notifications in the header.
		assertThat(portfolioMany).isEqualTo(portfolioFew).isLessThanOrEqualTo(8);
		assertThat(queueMany).isEqualTo(queueFew).isLessThanOrEqualTo(4);
		assertThat(coverageMany).isEqualTo(coverageFew).isLessThanOrEqualTo(7);
	}

	@Test
	void anAssessorWithoutAnAssignmentSeesNoPortfolio() {
		Enrolled enrolled = this.testApprentices.enrolNew();
		CurrentUser assessor = TestAccounts.signedIn(this.testAccounts.person(Role.ASSESSOR));
		assertThatExceptionOfType(org.hcstracker.programme.ApprenticeNotFoundException.class)
			.isThrownBy(() -> this.portfolio.portfolio(enrolled.id(), assessor, PortfolioViews.Filter.none(), 0));
		assertThat(EvidenceAccess.visibleStatuses(assessor)).containsExactly(EvidenceStatus.ACCEPTED);
	}

	private List<String> filtered(Enrolled enrolled, CurrentUser viewer, PortfolioViews.Filter filter) {
		return this.portfolio.portfolio(enrolled.id(), viewer, filter, 0)
			.items()
			.map((item) -> item.row().title())
			.getContent();
	}

	private List<String> titles(Enrolled enrolled, CurrentUser viewer) {
		return this.portfolio.portfolio(enrolled.id(), viewer, PortfolioViews.Filter.none(), 0)
			.items()
			.map((item) -> item.row().title())
			.getContent();
	}

}
