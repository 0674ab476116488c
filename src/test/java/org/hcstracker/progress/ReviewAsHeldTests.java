package org.hcstracker.progress;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import jakarta.persistence.EntityManagerFactory;
import org.hcstracker.audit.AuditEventView;
import org.hcstracker.audit.AuditService;
import org.hcstracker.people.CurrentUser;
import org.hcstracker.people.Role;
import org.hcstracker.shared.Formats;
import org.hcstracker.testsupport.IntegrationTest;
import org.hcstracker.testsupport.SqlStatements;
import org.hcstracker.testsupport.TestAccounts;
import org.hcstracker.testsupport.TestApprentices;
import org.hcstracker.testsupport.TestApprentices.Enrolled;
import org.hcstracker.testsupport.TestEvidence;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The review form as a review is held: the progress since the review before beside it,
 * what became of that review's actions, rows of action added without a script, and the
 * comments the apprentice and the line manager add when they sign.
 */
@IntegrationTest
class ReviewAsHeldTests {

	@Autowired
	ProgressReviewService service;

	@Autowired
	ProgressReviewPages pages;

	@Autowired
	ReviewPreparation preparation;

	@Autowired
	OffTheJobService offTheJob;

	@Autowired
	AuditService audit;

	@Autowired
	MockMvc mvc;

	@Autowired
	TestApprentices testApprentices;

	@Autowired
	TestAccounts testAccounts;

	@Autowired
	TestEvidence testEvidence;

	@Autowired
	EntityManagerFactory entityManagerFactory;

	private Enrolled enrolled;

	private CurrentUser apprentice;

	private CurrentUser coach;

	private CurrentUser lineManager;

	private final LocalDate today = LocalDate.now();

	@BeforeEach
	void enrol() {
		this.enrolled = this.testApprentices.enrolNew();
		this.apprentice = this.testEvidence.apprentice(this.enrolled);
		this.coach = this.testEvidence.coach(this.enrolled);
		this.lineManager = TestAccounts.signedIn(this.enrolled.lineManager());
	}

	@Test
	void theFormShowsTheProgressSinceTheReviewBeforeAndItsActionsToFollowUp() throws Exception {
		LocalDate before = this.today.minusWeeks(10);
		this.service
			.record(this.enrolled.id(),
					new ReviewContent(before, "Settled in", ReviewRag.GREEN, "On plan",
							List.of(new AgreedAction("Book the phlebotomy study day", before.plusWeeks(2)),
									new AgreedAction("Upload the sample reception log", before.plusWeeks(4)))),
					this.coach);
		long approved = this.offTheJob.record(this.enrolled.id(),
				new OffTheJobDetails(this.today.minusDays(3), new BigDecimal("7.5"), OffTheJobActivity.STUDY_DAY, null),
				this.apprentice);
		this.offTheJob.approve(this.enrolled.id(), approved, 0, this.coach);
		this.offTheJob.record(this.enrolled.id(),
				new OffTheJobDetails(this.today.minusDays(2), new BigDecimal("3"), OffTheJobActivity.WORKBOOK, null),
				this.apprentice);
		this.offTheJob.record(this.enrolled.id(),
				new OffTheJobDetails(before, new BigDecimal("6"), OffTheJobActivity.WORKBOOK, null), this.apprentice);
		this.testEvidence.accepted(this.enrolled, "Sample reception log", 3, 4);
		this.testEvidence.accepted(this.enrolled, "Quality audit", 4);
		this.testEvidence.submitted(this.enrolled, "Still waiting", 9);

		ProgressSince since = this.preparation.since(this.enrolled.id(), null, this.today, this.coach);
		assertThat(since.from()).isEqualTo(before.plusDays(1));
		assertThat(since.approvedHours()).isEqualByComparingTo("7.5");
		assertThat(since.waitingHours()).as("the hours logged on the day of the review before are not counted")
			.isEqualByComparingTo("3");
		assertThat(since.evidenceAccepted()).isEqualTo(2);
		assertThat(since.areas()).containsExactly("Health, safety and security", "Quality");

		Document form = page(get("/apprentices/{id}/reviews/new", this.enrolled.id()).with(user(this.coach)));
		assertThat(form.select("#since").text()).contains("7.5 h approved, 3 h waiting for approval")
			.contains("2 pieces")
			.contains("Health, safety and security");
		assertThat(form.select("#followUps legend").eachText()).anyMatch((text) -> text.contains("Book the phlebotomy"))
			.anyMatch((text) -> text.contains("Upload the sample reception log"));
		assertThat(form.select("input[type=radio][name=followUps[0].outcome]")).hasSize(3);
		assertThat(form.select("input[type=radio][checked]")).as("no outcome is chosen for the coach").isEmpty();
		assertThat(form.select("input[name^=actions][name$=description]")).hasSize(1);
		assertThat(form.select("button[name=addAction]")).hasSize(1);
	}

	@Test
	void theFormsStatementsDoNotGrowWithTheRecord() throws Exception {
		SqlStatements statements = new SqlStatements(this.entityManagerFactory);
		this.service.record(this.enrolled.id(), held(this.today.minusWeeks(24), List.of()), this.coach);
		this.testEvidence.accepted(this.enrolled, "First evidence", 1);
		long few = statements.count(
				() -> this.mvc.perform(get("/apprentices/{id}/reviews/new", this.enrolled.id()).with(user(this.coach)))
					.andExpect(status().isOk()));
		for (int week = 20; week > 0; week -= 4) {
			this.service.record(this.enrolled.id(), held(this.today.minusWeeks(week), List.of(FollowUpChoice.done())),
					this.coach);
			this.testEvidence.accepted(this.enrolled, "Evidence " + week, 1 + week % 9);
			this.offTheJob.record(this.enrolled.id(), new OffTheJobDetails(this.today.minusWeeks(week).plusDays(1),
					new BigDecimal("2"), OffTheJobActivity.WORKBOOK, null), this.apprentice);
		}
		long many = statements.count(
				() -> this.mvc.perform(get("/apprentices/{id}/reviews/new", this.enrolled.id()).with(user(this.coach)))
					.andExpect(status().isOk()));
		assertThat(many).isEqualTo(few);
	}

	@Test
	void eachActionBeforeNeedsAnOutcomeAndOneCarriedForwardANewDateThenItBecomesAnActionOfThisReview()
			throws Exception {
		LocalDate before = this.today.minusWeeks(12);
		this.service.record(this.enrolled.id(),
				new ReviewContent(before, "Settled in", ReviewRag.GREEN, "On plan",
						List.of(new AgreedAction("Book the phlebotomy study day", before.plusWeeks(2)),
								new AgreedAction("Upload the sample reception log", before.plusWeeks(4)),
								new AgreedAction("Read the quality manual", before.plusWeeks(4)))),
				this.coach);

		Document refused = page(reviewForm().param("followUps[1].outcome", "CARRIED_FORWARD")
			.param("followUps[2].outcome", "DROPPED")
			.param("actions[0].description", "")
			.param("actions[0].targetDate", ""));
		assertThat(refused.select("#error-summary li").eachText()).containsExactly(
				"Action 1 from the last review: choose done, carried forward or dropped.",
				"Action 2 from the last review: enter its new target date to carry it forward.");
		assertThat(refused.select("#error-summary a").eachAttr("href")).containsExactly("#followUps0", "#followUps1");
		assertThat(refused.select("#followUps1-error").text())
			.isEqualTo("Action 2 from the last review: enter its new target date to carry it forward.");
		assertThat(refused.select("input[name=followUps[2].outcome][value=DROPPED]").hasAttr("checked")).isTrue();
		assertThat(this.pages.reviews(this.enrolled.id(), this.coach).reviews()).hasSize(1);

		this.mvc
			.perform(reviewForm().param("followUps[0].outcome", "DONE")
				.param("followUps[1].outcome", "CARRIED_FORWARD")
				.param("followUps[1].newTargetDate", this.today.plusWeeks(3).toString())
				.param("followUps[2].outcome", "DROPPED")
				.param("actions[0].description", "Write up the quality audit")
				.param("actions[0].targetDate", this.today.plusWeeks(4).toString()))
			.andExpect(redirectedUrlPattern("/apprentices/" + this.enrolled.id() + "/reviews/*"));
		ReviewView recorded = this.pages.reviews(this.enrolled.id(), this.coach).reviews().get(0);
		assertThat(recorded.heldOn()).isEqualTo(this.today);
		assertThat(recorded.followUps()).containsExactly(
				new ActionFollowUp("Book the phlebotomy study day", before.plusWeeks(2), ActionOutcome.DONE),
				new ActionFollowUp("Upload the sample reception log", before.plusWeeks(4),
						ActionOutcome.CARRIED_FORWARD),
				new ActionFollowUp("Read the quality manual", before.plusWeeks(4), ActionOutcome.DROPPED));
		assertThat(recorded.actions()).containsExactly(
				new AgreedAction("Upload the sample reception log", this.today.plusWeeks(3), true),
				new AgreedAction("Write up the quality audit", this.today.plusWeeks(4)));
		assertThat(this.audit.latestAbout(this.enrolled.id(), List.of("REVIEW_RECORDED"), 1))
			.extracting(AuditEventView::after)
			.singleElement()
			.asString()
			.endsWith("2 actions (1 carried forward)");

		Document shown = page(
				get("/apprentices/{id}/reviews/{r}", this.enrolled.id(), recorded.id()).with(user(this.lineManager)));
		assertThat(shown.select(".follow-ups li").eachText()).containsExactly(
				"Done Book the phlebotomy study day (due " + day(before.plusWeeks(2)) + ")",
				"Carried forward Upload the sample reception log (due " + day(before.plusWeeks(4)) + ")",
				"Dropped Read the quality manual (due " + day(before.plusWeeks(4)) + ")");
		assertThat(shown.select("table td").text()).contains("Upload the sample reception log Carried forward");

		// Changing it keeps what became of each action, with the carried one's new date.
		Document edit = page(
				get("/apprentices/{id}/reviews/{r}/edit", this.enrolled.id(), recorded.id()).with(user(this.coach)));
		assertThat(edit.select("input[name=followUps[1].outcome][value=CARRIED_FORWARD]").hasAttr("checked")).isTrue();
		assertThat(edit.select("input[name=followUps[1].newTargetDate]").val())
			.isEqualTo(this.today.plusWeeks(3).toString());
		assertThat(edit.select("input[name=actions[0].description]").val()).isEqualTo("Write up the quality audit");
	}

	@Test
	void theServiceRefusesAReviewThatDoesNotSayWhatBecameOfTheActionsBefore() {
		LocalDate before = this.today.minusWeeks(12);
		this.service.record(this.enrolled.id(), held(before, List.of()), this.coach);
		assertThatExceptionOfType(ReviewRuleException.class)
			.isThrownBy(() -> this.service.record(this.enrolled.id(), held(this.today, List.of()), this.coach))
			.satisfies((ex) -> assertThat(ex.getMessageKey()).isEqualTo("progressReview.followUp.required"));
		assertThatExceptionOfType(ReviewRuleException.class)
			.isThrownBy(() -> this.service.record(this.enrolled.id(),
					held(this.today, List.of(FollowUpChoice.done(), FollowUpChoice.done())), this.coach))
			.satisfies((ex) -> assertThat(ex.getMessageKey()).isEqualTo("progressReview.followUp.changed"));
		assertThat(this.pages.reviews(this.enrolled.id(), this.coach).reviews()).hasSize(1);
		// A review held before the earliest has none before it to follow up.
		this.service.record(this.enrolled.id(), held(before.minusWeeks(1), List.of()), this.coach);
		assertThat(this.pages.reviews(this.enrolled.id(), this.coach).reviews()).hasSize(2);
	}

	@Test
	void addAnotherActionAddsARowWithoutSavingUpToTenActionsInAll() throws Exception {
		Document more = page(reviewForm().param("actions[0].description", "First")
			.param("actions[0].targetDate", this.today.plusWeeks(1).toString())
			.param("addAction", "true"));
		assertThat(more.select("#error-summary")).as("nothing is checked yet").isEmpty();
		assertThat(more.select("input[name^=actions][name$=description]")).hasSize(2);
		assertThat(more.select("input[name=actions[0].description]").val()).isEqualTo("First");
		assertThat(more.select("input[name=actions[1].description]").hasAttr("autofocus")).isTrue();
		assertThat(more.select("textarea[name=summary]").text()).isEqualTo("Progress discussed");
		assertThat(this.pages.reviews(this.enrolled.id(), this.coach).reviews()).isEmpty();

		MockHttpServletRequestBuilder nine = reviewForm().param("addAction", "true");
		for (int row = 0; row < 9; row++) {
			nine.param("actions[" + row + "].description", "Action " + row);
		}
		Document full = page(nine);
		assertThat(full.select("input[name^=actions][name$=description]")).hasSize(10);
		assertThat(full.select("button[name=addAction]")).isEmpty();
		assertThat(full.text()).contains("This review has 10 actions, the most a review can have.");
	}

	@Test
	void theApprenticeAndTheLineManagerEachAddTheirOwnCommentWhenTheySign() throws Exception {
		long id = this.service.record(this.enrolled.id(), held(this.today.minusDays(1), List.of()), this.coach);
		Document toSign = page(
				get("/apprentices/{id}/reviews/{r}", this.enrolled.id(), id).with(user(this.apprentice)));
		assertThat(toSign.select("textarea[name=comment]")).hasSize(1);

		Document tooLong = page(
				post("/apprentices/{id}/reviews/{r}/sign", this.enrolled.id(), id).param("comment", "x".repeat(1001))
					.param("version", String.valueOf(version(id)))
					.with(user(this.apprentice))
					.with(csrf()));
		assertThat(tooLong.select("#error-summary").text()).contains("Your comment must be 1,000 characters or fewer.");
		assertThat(tooLong.select("textarea[name=comment]").text()).hasSize(1001);
		assertThat(this.pages.review(this.enrolled.id(), id, this.coach).review().apprenticeSignature()).isNull();

		sign(id, "  Thanks: the study afternoons are working well. ", this.apprentice);
		sign(id, "", this.lineManager);
		ReviewView signed = this.pages.review(this.enrolled.id(), id, this.coach).review();
		assertThat(signed.apprenticeSignature().comment()).isEqualTo("Thanks: the study afternoons are working well.");
		assertThat(signed.lineManagerSignature().comment()).isNull();
		assertThat(signed.status()).isEqualTo(ReviewStatus.COMPLETE);
		Document shown = page(get("/apprentices/{id}/reviews/{r}", this.enrolled.id(), id).with(user(this.coach)));
		assertThat(shown.select(".signer-comment").eachText())
			.containsExactly("The apprentice's comment: Thanks: the study afternoons are working well.");
		assertThat(shown.select("textarea[name=comment]")).isEmpty();
		assertThat(this.audit.latestAbout(this.enrolled.id(), List.of("REVIEW_SIGNED"), 5))
			.extracting(AuditEventView::after)
			.containsExactlyInAnyOrder("signed by the apprentice, " + this.apprentice.name() + ", with a comment",
					"signed by the line manager, " + this.lineManager.name());
	}

	@Test
	void anotherCoachGetsNotFoundAndTheApprenticeCannotOpenTheForm() throws Exception {
		CurrentUser otherCoach = TestAccounts.signedIn(this.testAccounts.person(Role.COACH));
		this.mvc.perform(get("/apprentices/{id}/reviews/new", this.enrolled.id()).with(user(otherCoach)))
			.andExpect(status().isNotFound());
		this.mvc.perform(reviewForm().with(user(otherCoach)).param("addAction", "true"))
			.andExpect(status().isNotFound());
		this.mvc.perform(get("/apprentices/{id}/reviews/new", this.enrolled.id()).with(user(this.apprentice)))
			.andExpect(status().isForbidden());
		CurrentUser otherManager = TestAccounts.signedIn(this.testAccounts.person(Role.EMPLOYER));
		long id = this.service.record(this.enrolled.id(), held(this.today, List.of()), this.coach);
		this.mvc
			.perform(post("/apprentices/{id}/reviews/{r}/sign", this.enrolled.id(), id).param("comment", "Mine")
				.param("version", String.valueOf(version(id)))
				.with(user(otherManager))
				.with(csrf()))
			.andExpect(status().isNotFound());
	}

	@Test
	void aRecordedReviewIsChangedThroughItsFormUntilTheFirstSignature() throws Exception {
		long id = this.service.record(this.enrolled.id(), held(this.today.minusDays(1), List.of()), this.coach);

		Document more = page(editForm(id).param("actions[0].description", "Keep logging the study days")
			.param("actions[0].targetDate", this.today.plusWeeks(4).toString())
			.param("addAction", "true"));
		assertThat(more.select("#error-summary")).as("nothing is checked yet").isEmpty();
		assertThat(more.select("input[name^=actions][name$=description]")).hasSize(2);
		assertThat(more.select("input[name=actions[1].description]").hasAttr("autofocus")).isTrue();

		Document halfFilled = page(editForm(id).param("actions[0].description", "Keep logging the study days"));
		assertThat(halfFilled.select("#error-summary")).isNotEmpty();
		assertThat(this.pages.review(this.enrolled.id(), id, this.coach).review().summary())
			.isEqualTo("Progress discussed");

		this.mvc
			.perform(editForm(id).param("actions[0].description", "Write up the quality audit")
				.param("actions[0].targetDate", this.today.plusWeeks(3).toString()))
			.andExpect(model().hasNoErrors())
			.andExpect(redirectedUrl("/apprentices/" + this.enrolled.id() + "/reviews/" + id));
		ReviewView changed = this.pages.review(this.enrolled.id(), id, this.coach).review();
		assertThat(changed.summary()).isEqualTo("Progress discussed, audit planned");
		assertThat(changed.actions())
			.containsExactly(new AgreedAction("Write up the quality audit", this.today.plusWeeks(3)));

		sign(id, "", this.apprentice);
		this.mvc.perform(get("/apprentices/{id}/reviews/{r}/edit", this.enrolled.id(), id).with(user(this.coach)))
			.andExpect(redirectedUrl("/apprentices/" + this.enrolled.id() + "/reviews/" + id));
	}

	private MockHttpServletRequestBuilder editForm(long id) {
		return post("/apprentices/{id}/reviews/{r}/edit", this.enrolled.id(), id)
			.param("heldOn", this.today.minusDays(1).toString())
			.param("summary", "Progress discussed, audit planned")
			.param("rag", "GREEN")
			.param("ragReason", "On plan")
			.param("version", String.valueOf(version(id)))
			.with(user(this.coach))
			.with(csrf());
	}

	private MockHttpServletRequestBuilder reviewForm() {
		return post("/apprentices/{id}/reviews/new", this.enrolled.id()).param("heldOn", this.today.toString())
			.param("summary", "Progress discussed")
			.param("rag", "GREEN")
			.param("ragReason", "On plan")
			.param("version", "0")
			.with(user(this.coach))
			.with(csrf());
	}

	private void sign(long id, String comment, CurrentUser signer) throws Exception {
		this.mvc
			.perform(post("/apprentices/{id}/reviews/{r}/sign", this.enrolled.id(), id).param("comment", comment)
				.param("version", String.valueOf(version(id)))
				.with(user(signer))
				.with(csrf()))
			.andExpect(model().hasNoErrors())
			.andExpect(redirectedUrl("/apprentices/" + this.enrolled.id() + "/reviews/" + id));
	}

	private long version(long id) {
		return this.pages.review(this.enrolled.id(), id, this.coach).review().version();
	}

	private Document page(MockHttpServletRequestBuilder request) throws Exception {
		return Jsoup
			.parse(this.mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
	}

	private static ReviewContent held(LocalDate on, List<FollowUpChoice> followUps) {
		return new ReviewContent(on, "Progress discussed", ReviewRag.GREEN, "On plan",
				List.of(new AgreedAction("Keep logging the study days", on.plusWeeks(4))), followUps);
	}

	private static String day(LocalDate date) {
		return Formats.date(date);
	}

}
