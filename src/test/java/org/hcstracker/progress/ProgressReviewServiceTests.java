package org.hcstracker.progress;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.EntityManagerFactory;
import org.hcstracker.audit.AuditEventView;
import org.hcstracker.audit.AuditQuery;
import org.hcstracker.audit.AuditService;
import org.hcstracker.people.AccountService;
import org.hcstracker.people.CurrentUser;
import org.hcstracker.people.Role;
import org.hcstracker.programme.ApprenticeLifecycleService;
import org.hcstracker.programme.ApprenticeNotFoundException;
import org.hcstracker.testsupport.IntegrationTest;
import org.hcstracker.testsupport.SqlStatements;
import org.hcstracker.testsupport.TestAccounts;
import org.hcstracker.testsupport.TestApprentices;
import org.hcstracker.testsupport.TestApprentices.Enrolled;
import org.hcstracker.testsupport.TestEvidence;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@IntegrationTest
class ProgressReviewServiceTests {

	@Autowired
	ProgressReviewService service;

	@Autowired
	ProgressReviewScheduling scheduling;

	@Autowired
	OffTheJobService offTheJob;

	@Autowired
	ProgressTasks facts;

	@Autowired
	ProgressReviewPages pages;

	@Autowired
	AuditService audit;

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

	@Autowired
	ApprenticeLifecycleService lifecycle;

	private Enrolled enrolled;

	private CurrentUser apprentice;

	private CurrentUser coach;

	private CurrentUser lineManager;

	@BeforeEach
	void enrol() {
		this.enrolled = this.testApprentices.enrolNew();
		this.apprentice = this.testEvidence.apprentice(this.enrolled);
		this.coach = this.testEvidence.coach(this.enrolled);
		this.lineManager = TestAccounts.signedIn(this.enrolled.lineManager());
	}

	@Test
	void onceTheApprenticeIsWithdrawnTheCoachIsNotOfferedToChangeAReviewButItIsStillSigned() throws Exception {
		long held = this.service.record(this.enrolled.id(), held(3, "Good progress"), this.coach);
		long scheduled = this.scheduling.schedule(this.enrolled.id(), LocalDate.now().plusDays(7), LocalTime.of(10, 0),
				new ReviewVenue("Training room 2", null), this.coach);
		assertThat(this.pages.review(this.enrolled.id(), held, this.coach).mayEdit()).isTrue();
		assertThat(this.pages.review(this.enrolled.id(), scheduled, this.coach).mayEdit()).isTrue();

		this.lifecycle.withdraw(this.enrolled.id(), LocalDate.now(), "Left the trust", this.testApprentices.admin());

		for (long id : new long[] { held, scheduled }) {
			assertThat(this.pages.review(this.enrolled.id(), id, this.coach).mayEdit())
				.as("the page offers no change the service refuses")
				.isFalse();
			this.mvc.perform(get("/apprentices/{a}/reviews/{r}", this.enrolled.id(), id).with(user(this.coach)))
				.andExpect(status().isOk())
				.andExpect(content().string(not(containsString("/reviews/" + id + "/edit"))))
				.andExpect(content().string(not(containsString("/reviews/" + id + "/reschedule"))))
				.andExpect(content().string(containsString("Reviews cannot be recorded for an apprentice who has")));
		}
		assertRefused(() -> this.service.record(this.enrolled.id(), held, held(3, "Changed after leaving"),
				version(held), this.coach), "progressReview.apprenticeNotActive");
		assertRefused(() -> this.scheduling.reschedule(this.enrolled.id(), scheduled, LocalDate.now().plusDays(9),
				version(scheduled), this.coach), "progressReview.apprenticeNotActive");
		assertThat(this.pages.reviews(this.enrolled.id(), this.coach).closed()).isTrue();

		assertThat(this.pages.review(this.enrolled.id(), held, this.apprentice).waitsForViewer()).isTrue();
		this.service.sign(this.enrolled.id(), held, version(held), null, this.apprentice);
		assertThat(this.pages.review(this.enrolled.id(), held, this.apprentice).waitsForViewer()).isFalse();
	}

	@Test
	void theCoachEditsUntilTheFirstSignatureAndBothSignaturesCompleteIt() {
		long id = this.service.record(this.enrolled.id(), held(3, "Good progress"), this.coach);
		assertThat(review(id).status()).isEqualTo(ReviewStatus.AWAITING_SIGNATURES);
		this.service.record(this.enrolled.id(), id, held(3, "Good progress, portfolio on track"), version(id),
				this.coach);
		assertThat(review(id).summary()).isEqualTo("Good progress, portfolio on track");

		this.service.sign(this.enrolled.id(), id, version(id), null, this.lineManager);
		ReviewView signedOnce = review(id);
		assertThat(signedOnce.status()).isEqualTo(ReviewStatus.AWAITING_SIGNATURES);
		assertThat(signedOnce.lineManagerSignature()).isNotNull();
		assertThat(signedOnce.lineManagerSignature().name()).isEqualTo(this.enrolled.lineManager().name());
		assertThat(signedOnce.isEditable()).isFalse();
		assertRefused(() -> this.service.record(this.enrolled.id(), id, held(3, "Changed after signing"), version(id),
				this.coach), "progressReview.signed");

		this.service.sign(this.enrolled.id(), id, version(id), null, this.apprentice);
		ReviewView complete = review(id);
		assertThat(complete.status()).isEqualTo(ReviewStatus.COMPLETE);
		assertThat(complete.summary()).isEqualTo("Good progress, portfolio on track");
		assertThat(complete.apprenticeSignature().name()).isEqualTo(this.apprentice.name());

		List<AuditEventView> trail = this.audit.find(AuditQuery.aboutApprentice(this.enrolled.id()), 0, 50)
			.getContent();
		assertThat(trail).extracting(AuditEventView::action)
			.contains("REVIEW_RECORDED", "REVIEW_EDITED")
			.filteredOn("REVIEW_SIGNED"::equals)
			.hasSize(2);
	}

	@Test
	void onlyTheApprenticeThemselvesAndTheirOwnLineManagerSign() {
		long id = this.service.record(this.enrolled.id(), held(2, "Summary"), this.coach);
		CurrentUser colleague = TestAccounts
			.signedIn(this.testAccounts.person(Role.EMPLOYER, this.enrolled.lineManager().organisationId()));
		for (CurrentUser mayLookButNotSign : List.of(this.coach, this.testApprentices.admin(), colleague)) {
			assertRefused(() -> this.service.sign(this.enrolled.id(), id, version(id), null, mayLookButNotSign),
					"progressReview.sign.notYours");
		}
		Enrolled other = this.testApprentices.enrolNew();
		for (CurrentUser outsider : List.of(this.testEvidence.apprentice(other),
				TestAccounts.signedIn(other.lineManager()), this.testEvidence.coach(other))) {
			assertThatExceptionOfType(ApprenticeNotFoundException.class)
				.isThrownBy(() -> this.service.sign(this.enrolled.id(), id, version(id), null, outsider));
		}
		assertThatExceptionOfType(ReviewNotFoundException.class)
			.isThrownBy(() -> this.service.sign(other.id(), id, 0, null, this.testEvidence.apprentice(other)));
		this.service.sign(this.enrolled.id(), id, version(id), null, this.apprentice);
		assertRefused(() -> this.service.sign(this.enrolled.id(), id, version(id), null, this.apprentice),
				"progressReview.alreadySigned");
		assertThat(review(id).lineManagerSignature()).isNull();
	}

	@Test
	void onlyTheCoachSchedulesAndRecords() {
		assertThatExceptionOfType(AccessDeniedException.class)
			.isThrownBy(() -> this.service.record(this.enrolled.id(), held(1, "x"), this.lineManager));
		assertThatExceptionOfType(AccessDeniedException.class)
			.isThrownBy(() -> this.scheduling.schedule(this.enrolled.id(), LocalDate.now().plusDays(3),
					LocalTime.of(10, 0), new ReviewVenue("Training room 2", null), this.apprentice));
		assertThatExceptionOfType(ApprenticeNotFoundException.class).isThrownBy(() -> this.service
			.record(this.enrolled.id(), held(1, "x"), this.testEvidence.coach(this.testApprentices.enrolNew())));
	}

	@Test
	void aScheduledReviewCannotBeSignedUntilHeldAndIsRecordedInPlace() {
		LocalDate date = LocalDate.now().plusDays(7);
		long id = this.scheduling.schedule(this.enrolled.id(), date, LocalTime.of(10, 0),
				new ReviewVenue("Training room 2", null), this.coach);
		assertThat(review(id).status()).isEqualTo(ReviewStatus.SCHEDULED);
		assertThat(this.pages.reviews(this.enrolled.id(), this.coach).next().scheduledFor()).isEqualTo(date);
		assertRefused(() -> this.service.sign(this.enrolled.id(), id, version(id), null, this.apprentice),
				"progressReview.notHeld");
		this.scheduling.reschedule(this.enrolled.id(), id, date.plusDays(1), version(id), this.coach);
		assertThat(review(id).scheduledFor()).isEqualTo(date.plusDays(1));

		this.service.record(this.enrolled.id(), id, held(0, "Held early"), version(id), this.coach);
		assertThat(review(id).status()).isEqualTo(ReviewStatus.AWAITING_SIGNATURES);
		assertRefused(() -> this.scheduling.reschedule(this.enrolled.id(), id, date, version(id), this.coach),
				"progressReview.alreadyHeld");
		assertRefused(() -> this.scheduling.schedule(this.enrolled.id(), LocalDate.now().minusDays(1),
				LocalTime.of(10, 0), new ReviewVenue("Training room 2", null), this.coach),
				"progressReview.scheduled.past");
	}

	@Test
	void whatIsRecordedIsChecked() {
		LocalDate today = LocalDate.now();
		assertRefused(() -> record(new ReviewContent(today.plusDays(1), "s", ReviewRag.GREEN, "r", actions(today))),
				"progressReview.heldOn.future");
		assertRefused(() -> record(new ReviewContent(today.minusYears(2), "s", ReviewRag.GREEN, "r", actions(today))),
				"progressReview.heldOn.beforeStart");
		assertRefused(() -> record(new ReviewContent(today, "  ", ReviewRag.GREEN, "r", actions(today))),
				"progressReview.summary.required");
		assertRefused(() -> record(new ReviewContent(today, "s", ReviewRag.RED, " ", actions(today))),
				"progressReview.ragReason.required");
		assertRefused(() -> record(new ReviewContent(today, "s", ReviewRag.RED, "r", List.of())),
				"progressReview.actions.required");
		assertRefused(() -> record(new ReviewContent(today, "s", ReviewRag.RED, "r", actions(today.minusDays(1)))),
				"progressReview.action.targetBeforeHeld");
		assertRefused(() -> record(new ReviewContent(today, "s".repeat(4001), ReviewRag.RED, "r", actions(today))),
				"progressReview.summary.tooLong");
		assertThat(this.pages.reviews(this.enrolled.id(), this.coach).reviews()).isEmpty();
	}

	@Test
	void aSignatureOnAnOlderVersionIsAConflict() {
		long id = this.service.record(this.enrolled.id(), held(2, "First"), this.coach);
		long read = version(id);
		this.service.record(this.enrolled.id(), id, held(2, "Changed"), read, this.coach);
		assertThatExceptionOfType(ObjectOptimisticLockingFailureException.class)
			.isThrownBy(() -> this.service.sign(this.enrolled.id(), id, read, null, this.apprentice));
	}

	@Test
	void theNextReviewIsOverdueUntilOneIsHeldThenDueTwelveWeeksLater() {
		// The test apprentice started six months ago.
		NextReview before = this.pages.reviews(this.enrolled.id(), this.coach).next();
		assertThat(before.state()).isEqualTo(NextReview.State.OVERDUE);
		assertThat(this.facts.dueForCoach(this.coach)).extracting(DueReview::apprenticeId)
			.containsExactly(this.enrolled.id());

		this.service.record(this.enrolled.id(), held(0, "Caught up"), this.coach);
		NextReview after = this.pages.reviews(this.enrolled.id(), this.coach).next();
		assertThat(after.state()).isEqualTo(NextReview.State.DUE);
		assertThat(after.dueBy()).isEqualTo(LocalDate.now().plusWeeks(12));
		assertThat(this.facts.dueForCoach(this.coach)).isEmpty();
	}

	@Test
	void homePagesListWhatWaitsForEachPerson() throws Exception {
		long id = this.service.record(this.enrolled.id(), held(1, "Summary"), this.coach);
		this.offTheJob.record(this.enrolled.id(), new OffTheJobDetails(LocalDate.now().minusDays(2),
				new java.math.BigDecimal("3"), OffTheJobActivity.WORKBOOK, null), this.apprentice);
		String name = this.apprentice.name();
		String link = "/apprentices/" + this.enrolled.id() + "/reviews/" + id;

		this.mvc.perform(get("/apprentice").with(user(this.apprentice)))
			.andExpect(content().string(containsString(link)));
		this.mvc.perform(get("/employer").with(user(this.lineManager)))
			.andExpect(content().string(containsString(link)));
		this.mvc.perform(get("/coach").with(user(this.coach)))
			.andExpect(content().string(containsString(name + ": 1 entry waiting")));

		this.service.sign(this.enrolled.id(), id, version(id), null, this.lineManager);
		String employerHome = this.mvc.perform(get("/employer").with(user(this.lineManager)))
			.andReturn()
			.getResponse()
			.getContentAsString();
		org.jsoup.nodes.Element needsYouNow = org.jsoup.Jsoup.parse(employerHome)
			.selectFirst("section[aria-labelledby=needs-you-now]");
		assertThat(needsYouNow).isNotNull();
		assertThat(needsYouNow.select("a[href=" + link + "]")).as("the signed review is no longer waiting").isEmpty();
		this.mvc.perform(get("/apprentice").with(user(this.apprentice)))
			.andExpect(content().string(containsString(link)));
		CurrentUser colleague = TestAccounts
			.signedIn(this.testAccounts.person(Role.EMPLOYER, this.enrolled.lineManager().organisationId()));
		assertThat(this.facts.reviewsToSign(colleague)).isEmpty();
	}

	@Test
	void aReviewIsRecordedThroughTheFormAndSignedThroughHttp() throws Exception {
		this.mvc
			.perform(post("/apprentices/{id}/reviews/new", this.enrolled.id())
				.param("heldOn", LocalDate.now().toString())
				.param("summary", "Settled in well")
				.param("rag", "AMBER")
				.param("ragReason", "Off-the-job hours are behind")
				.param("actions[0].description", "Book the phlebotomy study day")
				.param("actions[0].targetDate", "")
				.param("version", "0")
				.with(user(this.coach))
				.with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Action 1: enter the date it should be done by.")));
		assertThat(this.pages.reviews(this.enrolled.id(), this.coach).reviews()).isEmpty();

		this.mvc
			.perform(post("/apprentices/{id}/reviews/new", this.enrolled.id())
				.param("heldOn", LocalDate.now().toString())
				.param("summary", "Settled in well")
				.param("rag", "AMBER")
				.param("ragReason", "Off-the-job hours are behind")
				.param("actions[0].description", "Book the phlebotomy study day")
				.param("actions[0].targetDate", LocalDate.now().plusWeeks(2).toString())
				.param("actions[1].description", "")
				.param("actions[1].targetDate", "")
				.param("version", "0")
				.with(user(this.coach))
				.with(csrf()))
			.andExpect(redirectedUrlPattern("/apprentices/" + this.enrolled.id() + "/reviews/*"));
		ReviewView review = this.pages.reviews(this.enrolled.id(), this.coach).reviews().get(0);
		assertThat(review.actions())
			.containsExactly(new AgreedAction("Book the phlebotomy study day", LocalDate.now().plusWeeks(2)));
		assertThat(review.rag()).isEqualTo(ReviewRag.AMBER);

		this.mvc
			.perform(post("/apprentices/{id}/reviews/{r}/sign", this.enrolled.id(), review.id())
				.param("version", String.valueOf(review.version()))
				.with(user(this.coach))
				.with(csrf()))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasErrors("signForm"))
			.andExpect(content().string(containsString("Only the apprentice and their line manager sign reviews.")))
			.andExpect(content().string(containsString("id=\"error-summary\"")));
		this.mvc
			.perform(post("/apprentices/{id}/reviews/{r}/sign", this.enrolled.id(), review.id())
				.param("version", String.valueOf(review.version()))
				.with(user(this.apprentice))
				.with(csrf()))
			.andExpect(flash().attribute("flashMessage", "progressReview.signed.done"));
		this.mvc
			.perform(get("/apprentices/{id}/reviews/{r}", this.enrolled.id(), review.id()).with(user(this.apprentice)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Apprentice: " + this.apprentice.name())));
	}

	@Test
	void everyRefusalOfAReviewIsReportedAtOnce() {
		LocalDate today = LocalDate.now();
		assertThatExceptionOfType(ReviewRuleException.class)
			.isThrownBy(() -> record(new ReviewContent(today.plusDays(1), " ", ReviewRag.RED, "r".repeat(1001),
					actions(today.plusDays(2)))))
			.satisfies((ex) -> assertThat(ex.all()).extracting((refusal) -> refusal.getMessageKey())
				.containsExactly("progressReview.heldOn.future", "progressReview.summary.required",
						"progressReview.ragReason.tooLong"));
		assertThat(this.service.refusals(this.enrolled.id(), null,
				new ReviewDraft(null, "", null, "", List.of(), List.of()), this.coach))
			.extracting(ReviewRuleException::getField)
			.containsExactly("summary", "ragReason", "actions");
		assertThatExceptionOfType(AccessDeniedException.class)
			.isThrownBy(() -> this.service.refusals(this.enrolled.id(), null,
					new ReviewDraft(null, "", null, "", List.of(), List.of()), this.apprentice));
	}

	@Test
	void theReviewFormReportsItsOwnChecksAndTheRulesTogether() throws Exception {
		this.mvc
			.perform(post("/apprentices/{id}/reviews/new", this.enrolled.id())
				.param("heldOn", LocalDate.now().plusDays(3).toString())
				.param("summary", "")
				.param("ragReason", "Behind on hours")
				.param("actions[0].description", "Book the study day")
				.param("actions[0].targetDate", "")
				.param("version", "0")
				.with(user(this.coach))
				.with(csrf()))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrorCode("form", "heldOn", "progressReview.heldOn.future"))
			.andExpect(model().attributeHasFieldErrorCode("form", "summary", "progressReview.summary.required"))
			.andExpect(model().attributeHasFieldErrorCode("form", "rag", "NotNull"))
			.andExpect(model().attributeHasFieldErrorCode("form", "actions", "progressReview.action.targetRequired"))
			.andExpect(content().string(containsString("maxlength=\"4000\"")))
			.andExpect(content().string(containsString("Behind on hours")));
		assertThat(this.pages.reviews(this.enrolled.id(), this.coach).reviews()).isEmpty();
	}

	@Test
	void schedulingWithoutADateOrInThePastIsAFieldErrorOnThePage() throws Exception {
		this.mvc
			.perform(post("/apprentices/{id}/reviews/schedule", this.enrolled.id()).param("date", "")
				.with(user(this.coach))
				.with(csrf()))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrorCode("scheduleForm", "date", "NotNull"))
			.andExpect(content().string(containsString("id=\"date-error\"")))
			.andExpect(content().string(containsString("Enter the date of the review.")));
		String past = LocalDate.now().minusDays(2).toString();
		this.mvc
			.perform(post("/apprentices/{id}/reviews/schedule", this.enrolled.id()).param("date", past)
				.param("time", "10:00")
				.param("place", "Training room 2")
				.with(user(this.coach))
				.with(csrf()))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrorCode("scheduleForm", "date", "progressReview.scheduled.past"))
			.andExpect(content().string(containsString("value=\"" + past + "\"")));
		this.mvc
			.perform(post("/apprentices/{id}/reviews/schedule", this.enrolled.id()).param("date", "31/07/2026")
				.with(user(this.coach))
				.with(csrf()))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrorCode("scheduleForm", "date", "typeMismatch"))
			.andExpect(content().string(containsString("Enter a real date")));
		assertThat(this.pages.reviews(this.enrolled.id(), this.coach).reviews()).isEmpty();
		this.mvc
			.perform(post("/apprentices/{id}/reviews/schedule", this.enrolled.id())
				.param("date", LocalDate.now().plusDays(7).toString())
				.param("time", "10:00")
				.param("place", "Training room 2")
				.with(user(this.coach))
				.with(csrf()))
			.andExpect(flash().attribute("flashMessage", "progressReview.scheduled.done"));
		long id = this.pages.reviews(this.enrolled.id(), this.coach).reviews().get(0).id();
		this.mvc
			.perform(post("/apprentices/{id}/reviews/{r}/reschedule", this.enrolled.id(), id).param("date", past)
				.param("version", String.valueOf(version(id)))
				.with(user(this.coach))
				.with(csrf()))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrorCode("rescheduleForm", "date", "progressReview.scheduled.past"))
			.andExpect(content().string(containsString("id=\"date-error\"")));
		this.mvc
			.perform(post("/apprentices/{id}/reviews/{r}/reschedule", this.enrolled.id(), id).param("date", "")
				.param("version", String.valueOf(version(id)))
				.with(user(this.coach))
				.with(csrf()))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrorCode("rescheduleForm", "date", "NotNull"));
		assertThat(review(id).scheduledFor()).isEqualTo(LocalDate.now().plusDays(7));
	}

	@Test
	void reviewPagesAndActionsAreClosedToEveryoneOutsideTheApprenticesScope() throws Exception {
		long id = this.service.record(this.enrolled.id(), held(1, "Summary"), this.coach);
		Enrolled other = this.testApprentices.enrolNew();
		for (CurrentUser outsider : List.of(this.testEvidence.apprentice(other), this.testEvidence.coach(other),
				TestAccounts.signedIn(other.lineManager()),
				TestAccounts.signedIn(this.testAccounts.person(Role.ASSESSOR)))) {
			for (String page : List.of("/apprentices/{id}/reviews", "/apprentices/{id}/reviews/" + id,
					"/apprentices/{id}/reviews/new", "/apprentices/{id}/reviews/" + id + "/edit")) {
				this.mvc.perform(get(page, this.enrolled.id()).with(user(outsider))).andExpect(status().isNotFound());
			}
			this.mvc
				.perform(post("/apprentices/{id}/reviews/{r}/sign", this.enrolled.id(), id).param("version", "0")
					.with(user(outsider))
					.with(csrf()))
				.andExpect(status().isNotFound());
		}
		this.mvc
			.perform(get("/apprentices/{id}/reviews/{r}", other.id(), id).with(user(this.testEvidence.coach(other))))
			.andExpect(status().isNotFound());
		this.mvc.perform(get("/apprentices/{id}/reviews/new", this.enrolled.id()).with(user(this.lineManager)))
			.andExpect(status().isForbidden());
	}

	@Test
	void theReviewsPageIssuesAFixedNumberOfStatements() throws Exception {
		SqlStatements statements = new SqlStatements(this.entityManagerFactory);
		this.service.record(this.enrolled.id(), held(60, "One"), this.coach);
		long few = statements.count(() -> this.mvc
			.perform(get("/apprentices/{id}/reviews", this.enrolled.id()).with(user(this.lineManager)))
			.andExpect(status().isOk()));
		for (int i = 1; i < 8; i++) {
			ReviewContent more = held(60 - i * 5, "More " + i);
			// One action carried forward each time, so each review before has three.
			List<FollowUpChoice> choices = new ArrayList<>(
					List.of(FollowUpChoice.carriedForward(more.heldOn().plusWeeks(2))));
			while (choices.size() < ((i == 1) ? 2 : 3)) {
				choices.add(FollowUpChoice.done());
			}
			this.service.record(this.enrolled.id(), new ReviewContent(more.heldOn(), more.summary(), more.rag(),
					more.ragReason(), more.actions(), choices), this.coach);
		}
		this.scheduling.schedule(this.enrolled.id(), LocalDate.now().plusDays(5), LocalTime.of(10, 0),
				new ReviewVenue("Training room 2", null), this.coach);
		long many = statements.count(() -> this.mvc
			.perform(get("/apprentices/{id}/reviews", this.enrolled.id()).with(user(this.lineManager)))
			.andExpect(status().isOk()));
		// The apprentice (for the reviews, and again for the breaks), the reviews with
		// their actions, the timeline for breaks, the name; the unread count of the
		// notifications in the header.
		assertThat(many).isEqualTo(few).isLessThanOrEqualTo(6);
	}

	@Test
	void theListsWaitingForACoachOrALineManagerTakeAFixedNumberOfStatementsAndNameOnlyTheirRows() throws Exception {
		SqlStatements statements = new SqlStatements(this.entityManagerFactory);
		this.service.record(this.enrolled.id(), held(1, "Summary"), this.coach);
		train(this.enrolled.id(), this.apprentice);
		long coachFew = statements.count(() -> this.facts.awaitingApproval(this.coach));
		long lineManagerFew = statements.count(() -> this.facts.reviewsToSign(this.lineManager));
		for (int i = 0; i < 3; i++) {
			Enrolled more = new Enrolled(this.testApprentices.enrol(this.enrolled.lineManager(), this.enrolled.coach()),
					this.enrolled.lineManager(), this.enrolled.coach());
			this.service.record(more.id(), held(1, "Summary " + i), this.coach);
			train(more.id(), this.testEvidence.apprentice(more));
		}
		long coachMany = statements.count(() -> this.facts.awaitingApproval(this.coach));
		long lineManagerMany = statements.count(() -> this.facts.reviewsToSign(this.lineManager));
		// The apprentices' ids from the programme module, this module's rows for them,
		// and the names of the apprentices listed.
		assertThat(coachMany).isEqualTo(coachFew).isEqualTo(3);
		assertThat(lineManagerMany).isEqualTo(lineManagerFew).isEqualTo(3);
		assertThat(this.facts.awaitingApproval(this.coach)).hasSize(4)
			.extracting(AwaitingApproval::apprenticeName)
			.contains(this.apprentice.name())
			.doesNotContain("");
		assertThat(this.facts.reviewsToSign(this.lineManager)).hasSize(4)
			.extracting(ReviewToSign::apprenticeName)
			.contains(this.apprentice.name())
			.doesNotContain("");
		assertThat(this.facts.reviewsToSign(this.apprentice)).extracting(ReviewToSign::apprenticeId)
			.containsExactly(this.enrolled.id());
	}

	private void train(long apprenticeId, CurrentUser apprentice) {
		this.offTheJob.record(apprenticeId, new OffTheJobDetails(LocalDate.now().minusDays(2),
				new java.math.BigDecimal("3"), OffTheJobActivity.WORKBOOK, null), apprentice);
	}

	private long record(ReviewContent content) {
		return this.service.record(this.enrolled.id(), content, this.coach);
	}

	private static ReviewContent held(int daysAgo, String summary) {
		LocalDate held = LocalDate.now().minusDays(daysAgo);
		return new ReviewContent(held, summary, ReviewRag.GREEN, "On track for gateway",
				List.of(new AgreedAction("Upload the sample reception log", held.plusWeeks(4)),
						new AgreedAction("Attend the quality study day", held.plusWeeks(6))));
	}

	private static List<AgreedAction> actions(LocalDate target) {
		return List.of(new AgreedAction("Action", target));
	}

	private ReviewView review(long id) {
		return this.pages.review(this.enrolled.id(), id, this.coach).review();
	}

	private long version(long id) {
		return review(id).version();
	}

	private static void assertRefused(Runnable change, String key) {
		assertThatExceptionOfType(ReviewRuleException.class).isThrownBy(change::run)
			.extracting(ReviewRuleException::getMessageKey)
			.isEqualTo(key);
	}

}
