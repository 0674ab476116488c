package org.hcstracker.progress;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

import org.hcstracker.audit.AuditEventView;
import org.hcstracker.audit.AuditQuery;
import org.hcstracker.audit.AuditService;
import org.hcstracker.people.CurrentUser;
import org.hcstracker.testsupport.IntegrationTest;
import org.hcstracker.testsupport.TestAccounts;
import org.hcstracker.testsupport.TestApprentices;
import org.hcstracker.testsupport.TestApprentices.Enrolled;
import org.hcstracker.testsupport.TestEvidence;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Scheduling progress reviews: a date, a time and a place or link; a review held
 * replacing the scheduled one (or the coach choosing which); cancelling with a reason;
 * and one line saying when the next review is due.
 */
@IntegrationTest
class ReviewSchedulingTests {

	private static final LocalTime TEN = LocalTime.of(10, 0);

	private static final ReviewVenue ONLINE = new ReviewVenue(null, "https://meet.example.com/review-42");

	@Autowired
	ProgressReviewService service;

	@Autowired
	ProgressReviewScheduling scheduling;

	@Autowired
	ProgressReviewPages pages;

	@Autowired
	AuditService audit;

	@Autowired
	MockMvc mvc;

	@Autowired
	TestApprentices testApprentices;

	@Autowired
	TestEvidence testEvidence;

	@Autowired
	JdbcClient jdbc;

	private Enrolled enrolled;

	private CurrentUser coach;

	private CurrentUser apprentice;

	@BeforeEach
	void enrol() {
		this.enrolled = this.testApprentices.enrolNew();
		this.coach = this.testEvidence.coach(this.enrolled);
		this.apprentice = this.testEvidence.apprentice(this.enrolled);
	}

	@Test
	void recordingAReviewHeldReplacesTheOneScheduledReviewOpen() {
		long scheduled = this.scheduling.schedule(this.enrolled.id(), LocalDate.now().plusDays(3), TEN, ONLINE,
				this.coach);
		assertThat(summaryScheduled()).isEqualTo(LocalDate.now().plusDays(3));

		long held = this.service.record(this.enrolled.id(), held(0), null, this.coach);

		assertThat(held).isEqualTo(scheduled);
		List<ReviewView> reviews = this.pages.reviews(this.enrolled.id(), this.coach).reviews();
		assertThat(reviews).singleElement().satisfies((review) -> {
			assertThat(review.status()).isEqualTo(ReviewStatus.AWAITING_SIGNATURES);
			assertThat(review.scheduledFor()).isEqualTo(LocalDate.now().plusDays(3));
			assertThat(review.onlineLink()).isEqualTo("https://meet.example.com/review-42");
		});
		ReviewsPage page = this.pages.reviews(this.enrolled.id(), this.coach);
		assertThat(page.next().scheduledFor()).isNull();
		assertThat(page.nextScheduled()).isNull();
		assertThat(summaryScheduled()).isNull();
	}

	@Test
	void withSeveralScheduledTheCoachMustSayWhichOneTheReviewHeldReplaces() {
		long first = this.scheduling.schedule(this.enrolled.id(), LocalDate.now().plusDays(3), TEN, ONLINE, this.coach);
		long second = this.scheduling.schedule(this.enrolled.id(), LocalDate.now().plusDays(30), TEN,
				new ReviewVenue("Training room 2", null), this.coach);

		assertRefused(() -> this.service.record(this.enrolled.id(), held(0), null, this.coach), "replaces",
				"progressReview.replaces.required");
		assertRefused(() -> this.service.record(this.enrolled.id(), held(0), 999_999L, this.coach), "replaces",
				"progressReview.replaces.required");
		assertThat(this.pages.reviews(this.enrolled.id(), this.coach).reviews()).allMatch(ReviewView::isOpen);

		long held = this.service.record(this.enrolled.id(), held(0), second, this.coach);

		assertThat(held).isEqualTo(second);
		assertThat(review(second).status()).isEqualTo(ReviewStatus.AWAITING_SIGNATURES);
		assertThat(review(first).status()).isEqualTo(ReviewStatus.SCHEDULED);
		assertThat(summaryScheduled()).isEqualTo(LocalDate.now().plusDays(3));
	}

	@Test
	void theCoachCancelsAScheduledReviewWithAReasonThatIsAuditedAndShown() throws Exception {
		long id = this.scheduling.schedule(this.enrolled.id(), LocalDate.now().plusDays(3), TEN, ONLINE, this.coach);
		assertRefused(() -> this.scheduling.cancel(this.enrolled.id(), id, "  ", version(id), this.coach), "reason",
				"progressReview.cancel.reason.MISSING");

		this.scheduling.cancel(this.enrolled.id(), id, " The apprentice is on annual leave ", version(id), this.coach);

		ReviewView cancelled = review(id);
		assertThat(cancelled.status()).isEqualTo(ReviewStatus.CANCELLED);
		assertThat(cancelled.cancelReason()).isEqualTo("The apprentice is on annual leave");
		assertThat(this.pages.reviews(this.enrolled.id(), this.coach).next().scheduledFor()).isNull();
		assertThat(summaryScheduled()).isNull();
		assertThat(this.audit.find(AuditQuery.aboutApprentice(this.enrolled.id()), 0, 50).getContent())
			.extracting(AuditEventView::action)
			.contains("REVIEW_CANCELLED");
		assertRefused(() -> this.scheduling.cancel(this.enrolled.id(), id, "Again", version(id), this.coach), "",
				"progressReview.cancelled");
		// A review held afterwards is a new one: the cancelled review stays in the
		// history.
		long held = this.service.record(this.enrolled.id(), held(0), null, this.coach);
		assertThat(held).isNotEqualTo(id);

		this.mvc.perform(get("/apprentices/{id}/reviews", this.enrolled.id()).with(user(this.apprentice)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Cancelled: The apprentice is on annual leave")));
	}

	@Test
	void onlyTheApprenticesOwnCoachCancelsAndAnotherCoachFindsNothing() throws Exception {
		long id = this.scheduling.schedule(this.enrolled.id(), LocalDate.now().plusDays(3), TEN, ONLINE, this.coach);
		assertThatExceptionOfType(AccessDeniedException.class)
			.isThrownBy(() -> this.scheduling.cancel(this.enrolled.id(), id, "No", version(id), this.apprentice));
		CurrentUser otherCoach = this.testEvidence.coach(this.testApprentices.enrolNew());
		this.mvc
			.perform(post("/apprentices/{a}/reviews/{r}/cancel", this.enrolled.id(), id).param("reason", "No")
				.param("version", String.valueOf(version(id)))
				.with(user(otherCoach))
				.with(csrf()))
			.andExpect(status().isNotFound());
		this.mvc
			.perform(post("/apprentices/{a}/reviews/schedule", this.enrolled.id())
				.param("date", LocalDate.now().plusDays(2).toString())
				.param("time", "10:00")
				.param("place", "Room 1")
				.with(user(otherCoach))
				.with(csrf()))
			.andExpect(status().isNotFound());
		this.mvc.perform(get("/apprentices/{a}/reviews/{r}", this.enrolled.id(), id).with(user(this.apprentice)))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("/cancel"))));
		this.mvc.perform(get("/apprentices/{a}/reviews/{r}", this.enrolled.id(), id).with(user(this.coach)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("/reviews/" + id + "/cancel")));
		assertThat(review(id).status()).isEqualTo(ReviewStatus.SCHEDULED);
	}

	@Test
	void theScheduleFormShowsEveryProblemInOneRound() throws Exception {
		this.mvc
			.perform(post("/apprentices/{a}/reviews/schedule", this.enrolled.id()).param("date", "")
				.param("time", "")
				.param("place", "")
				.param("onlineLink", "http://meet.example.com/x")
				.with(user(this.coach))
				.with(csrf()))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrors("scheduleForm", "date", "time", "onlineLink"))
			.andExpect(content().string(containsString("Enter the time of the review.")))
			.andExpect(content().string(containsString("starting https://")));
		this.mvc
			.perform(post("/apprentices/{a}/reviews/schedule", this.enrolled.id())
				.param("date", LocalDate.now().plusDays(2).toString())
				.param("time", "10:00")
				.param("place", " ")
				.param("onlineLink", "")
				.with(user(this.coach))
				.with(csrf()))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrors("scheduleForm", "place"))
			.andExpect(content().string(containsString("Enter the place of the review or an online link.")));
		assertThat(this.pages.reviews(this.enrolled.id(), this.coach).reviews()).isEmpty();

		this.mvc
			.perform(post("/apprentices/{a}/reviews/schedule", this.enrolled.id())
				.param("date", LocalDate.now().plusDays(2).toString())
				.param("time", "14:30")
				.param("place", "")
				.param("onlineLink", "https://meet.example.com/review-7")
				.with(user(this.coach))
				.with(csrf()))
			.andExpect(redirectedUrlPattern("/apprentices/*/reviews"));
		assertThat(this.pages.reviews(this.enrolled.id(), this.coach).nextScheduled()).satisfies((review) -> {
			assertThat(review.scheduledTime()).isEqualTo(LocalTime.of(14, 30));
			assertThat(review.onlineLink()).isEqualTo("https://meet.example.com/review-7");
		});
	}

	@Test
	void theReviewFormAsksWhichScheduledReviewItReplacesWhenSeveralAreOpen() throws Exception {
		this.scheduling.schedule(this.enrolled.id(), LocalDate.now().plusDays(3), TEN, ONLINE, this.coach);
		this.mvc.perform(get("/apprentices/{a}/reviews/new", this.enrolled.id()).with(user(this.coach)))
			.andExpect(content().string(containsString("This review replaces the one scheduled for")))
			.andExpect(content().string(not(containsString("name=\"replaces\""))));
		this.scheduling.schedule(this.enrolled.id(), LocalDate.now().plusDays(9), TEN, ONLINE, this.coach);
		this.mvc.perform(get("/apprentices/{a}/reviews/new", this.enrolled.id()).with(user(this.coach)))
			.andExpect(content().string(containsString("name=\"replaces\"")))
			.andExpect(content().string(not(containsString("selected=\"selected\""))));
		this.mvc
			.perform(post("/apprentices/{a}/reviews/new", this.enrolled.id()).param("heldOn", "")
				.param("rag", "")
				.param("version", "0")
				.with(user(this.coach))
				.with(csrf()))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrors("form", "heldOn", "rag", "replaces"))
			.andExpect(content().string(containsString("Choose the scheduled review this review held replaces.")));
	}

	@Test
	void oneLineSaysWhenTheNextReviewIsDueAndWhenAndWhereItIsScheduled() throws Exception {
		this.scheduling.schedule(this.enrolled.id(), LocalDate.now().plusDays(3), TEN, ONLINE, this.coach);
		String page = this.mvc.perform(get("/apprentices/{a}/reviews", this.enrolled.id()).with(user(this.apprentice)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		// The test apprentice started six months ago with no review held: overdue.
		assertThat(page).contains("at 10:00, online; it was due by")
			.contains("href=\"https://meet.example.com/review-42\"")
			.doesNotContain("Scheduled for " + org.hcstracker.shared.Formats.date(LocalDate.now().plusDays(3)) + ".");
		assertThat(page.split("id=\"next-review-line\"", -1)).hasSize(2);
		this.mvc.perform(get("/apprentice").with(user(this.apprentice)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("; it was due by")));
	}

	private LocalDate summaryScheduled() {
		return this.jdbc.sql("select next_review_scheduled from apprentice_summaries where apprentice_id = :id")
			.param("id", this.enrolled.id())
			.query(LocalDate.class)
			.optional()
			.orElse(null);
	}

	@Test
	void withSeveralScheduledTheFormAsksWhichOneTheReviewHeldReplaces() throws Exception {
		this.scheduling.schedule(this.enrolled.id(), LocalDate.now().plusDays(3), TEN, ONLINE, this.coach);
		long second = this.scheduling.schedule(this.enrolled.id(), LocalDate.now().plusDays(30), TEN,
				new ReviewVenue("Training room 2", null), this.coach);

		this.mvc.perform(heldForm())
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrorCode("form", "replaces", "progressReview.replaces.required"));
		assertThat(this.pages.reviews(this.enrolled.id(), this.coach).reviews()).allMatch(ReviewView::isOpen);

		this.mvc.perform(heldForm().param("replaces", String.valueOf(second)))
			.andExpect(model().hasNoErrors())
			.andExpect(redirectedUrl("/apprentices/" + this.enrolled.id() + "/reviews/" + second));
		assertThat(review(second).status()).isEqualTo(ReviewStatus.AWAITING_SIGNATURES);
	}

	@Test
	void aCancellationWithAVersionThatCannotBeReadIsAnsweredWithThePageAndCancelsNothing() throws Exception {
		long id = this.scheduling.schedule(this.enrolled.id(), LocalDate.now().plusDays(3), TEN, ONLINE, this.coach);

		this.mvc
			.perform(post("/apprentices/{a}/reviews/{r}/cancel", this.enrolled.id(), id)
				.param("reason", "The apprentice is on annual leave")
				.param("version", "abc")
				.with(user(this.coach))
				.with(csrf()))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrors("cancelForm", "version"));
		assertThat(review(id).status()).isEqualTo(ReviewStatus.SCHEDULED);
	}

	private MockHttpServletRequestBuilder heldForm() {
		return post("/apprentices/{a}/reviews/new", this.enrolled.id()).param("heldOn", LocalDate.now().toString())
			.param("summary", "Good progress since the last review")
			.param("rag", "GREEN")
			.param("ragReason", "On track")
			.param("actions[0].description", "Upload the sample reception log")
			.param("actions[0].targetDate", LocalDate.now().plusWeeks(4).toString())
			.param("version", "0")
			.with(user(this.coach))
			.with(csrf());
	}

	private static ReviewContent held(int daysAgo) {
		LocalDate held = LocalDate.now().minusDays(daysAgo);
		return new ReviewContent(held, "Good progress since the last review", ReviewRag.GREEN, "On track",
				List.of(new AgreedAction("Upload the sample reception log", held.plusWeeks(4))));
	}

	private ReviewView review(long id) {
		return this.pages.review(this.enrolled.id(), id, this.coach).review();
	}

	private long version(long id) {
		return review(id).version();
	}

	private static void assertRefused(Runnable change, String field, String key) {
		assertThatExceptionOfType(ReviewRuleException.class).isThrownBy(change::run)
			.satisfies((ex) -> assertThat(ex.getField()).isEqualTo(field))
			.extracting(ReviewRuleException::getMessageKey)
			.isEqualTo(key);
	}

}
