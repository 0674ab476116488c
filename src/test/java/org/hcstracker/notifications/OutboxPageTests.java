package org.hcstracker.notifications;

import java.time.LocalDate;
import java.util.List;

import jakarta.persistence.EntityManagerFactory;
import org.hcstracker.people.CurrentUser;
import org.hcstracker.progress.AgreedAction;
import org.hcstracker.progress.FollowUpChoice;
import org.hcstracker.progress.ProgressReviewService;
import org.hcstracker.progress.ReviewContent;
import org.hcstracker.progress.ReviewRag;
import org.hcstracker.shared.UkTime;
import org.hcstracker.testsupport.IntegrationTest;
import org.hcstracker.testsupport.SqlStatements;
import org.hcstracker.testsupport.TestApprentices;
import org.hcstracker.testsupport.TestApprentices.Enrolled;
import org.hcstracker.testsupport.TestEvidence;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The administrator's outbox page, and the demo mailbox that does not exist outside the
 * demo; with no mail server configured, messages stay in the outbox.
 */
@IntegrationTest
class OutboxPageTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	OutboxSender sender;

	@Autowired
	ProgressReviewService reviews;

	@Autowired
	TestApprentices testApprentices;

	@Autowired
	TestEvidence testEvidence;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	EntityManagerFactory entityManagerFactory;

	private Enrolled enrolled;

	private CurrentUser admin;

	private int recorded;

	@BeforeEach
	void enrol() {
		this.enrolled = this.testApprentices.enrolNew();
		this.admin = this.testApprentices.admin();
	}

	@Test
	void withNoMailServerMessagesStayInTheOutbox() {
		long reviewId = recordReview();

		assertThat(this.sender.sendDue()).isZero();

		assertThat(this.jdbc.sql("select status from notifications where subject_id = ? and kind = 'REVIEW_TO_SIGN'")
			.param(reviewId)
			.query(String.class)
			.list()).containsExactly("WAITING", "WAITING");
	}

	@Test
	void theAdministratorSeesTheMessagesWaitingButNeverTheirLinks() throws Exception {
		recordReview();
		String subject = "A progress review to sign: " + this.testEvidence.apprentice(this.enrolled).name();

		this.mvc
			.perform(get("/admin/outbox").param("recipient", this.enrolled.lineManager().email().toUpperCase())
				.with(user(this.admin)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(subject)))
			.andExpect(content().string(containsString(this.enrolled.lineManager().email())))
			.andExpect(content().string(not(containsString("/reviews/"))))
			.andExpect(content().string(not(containsString("/sign/"))));
		this.mvc
			.perform(get("/admin/outbox").param("status", "SENT")
				.param("recipient", this.enrolled.lineManager().email())
				.with(user(this.admin)))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString(subject))));
		this.mvc.perform(get("/admin/outbox").param("recipient", "50%_nobody").with(user(this.admin)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("No messages in this state.")));
	}

	@Test
	void onlyTheAdministratorOpensTheOutbox() throws Exception {
		this.mvc.perform(get("/admin/outbox").with(user(this.testEvidence.coach(this.enrolled))))
			.andExpect(status().isForbidden());
		this.mvc.perform(get("/admin/outbox")).andExpect(status().is3xxRedirection());
	}

	@Test
	void outsideTheDemoNoOneHasAMailbox() throws Exception {
		long reviewId = recordReview();
		long messageId = this.jdbc
			.sql("select id from notifications where subject_id = ? and recipient_id = ? and kind = 'REVIEW_TO_SIGN'")
			.params(reviewId, this.enrolled.lineManager().id())
			.query(Long.class)
			.single();
		CurrentUser lineManager = org.hcstracker.testsupport.TestAccounts.signedIn(this.enrolled.lineManager());

		this.mvc.perform(get("/mailbox").with(user(lineManager))).andExpect(status().isNotFound());
		this.mvc.perform(get("/mailbox/" + messageId).with(user(lineManager))).andExpect(status().isNotFound());
		this.mvc.perform(get("/employer").with(user(lineManager)))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("/mailbox"))));
	}

	@Test
	void theOutboxIssuesAFixedNumberOfStatementsWhateverItsLength() throws Exception {
		SqlStatements statements = new SqlStatements(this.entityManagerFactory);
		for (int i = 0; i < 10; i++) {
			recordReview();
		}
		long longer = statements
			.count(() -> this.mvc.perform(get("/admin/outbox").with(user(this.admin))).andExpect(status().isOk()));
		for (int i = 0; i < 20; i++) {
			recordReview();
		}
		long twiceAsLong = statements
			.count(() -> this.mvc.perform(get("/admin/outbox").with(user(this.admin))).andExpect(status().isOk()));
		// The page, its count, the count of each state and the header's unread count.
		assertThat(twiceAsLong).isEqualTo(longer).isLessThanOrEqualTo(4);
	}

	private long recordReview() {
		LocalDate held = LocalDate.now(UkTime.ZONE).minusDays(1);
		Enrolled someone = this.enrolled;
		// After the first, each review says what became of the one action of the review
		// before.
		List<FollowUpChoice> followUps = (this.recorded++ == 0) ? List.of() : List.of(FollowUpChoice.done());
		return this.reviews.record(someone.id(),
				new ReviewContent(held, "Good progress since the last review", ReviewRag.GREEN, "On track",
						List.of(new AgreedAction("Upload the sample reception log", held.plusWeeks(4))), followUps),
				this.testEvidence.coach(someone));
	}

}
