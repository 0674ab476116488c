package org.hcstracker.notifications;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.EntityManagerFactory;
import org.hcstracker.people.CurrentUser;
import org.hcstracker.progress.AgreedAction;
import org.hcstracker.progress.ProgressReviewService;
import org.hcstracker.progress.ReviewContent;
import org.hcstracker.progress.ReviewRag;
import org.hcstracker.shared.UkTime;
import org.hcstracker.testsupport.IntegrationTest;
import org.hcstracker.testsupport.SqlStatements;
import org.hcstracker.testsupport.TestAccounts;
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
import static org.hamcrest.Matchers.stringContainsInOrder;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Each person's notifications in the app, the unread count in every page's header, and
 * the settings page: only the person's own messages, due and still needed, with links to
 * the pages they are about and never a one-time link; the administrator has none.
 */
@IntegrationTest
class NotificationPageTests {

	@Autowired
	MockMvc mvc;

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

	private CurrentUser apprentice;

	private CurrentUser lineManager;

	@BeforeEach
	void enrol() {
		this.enrolled = this.testApprentices.enrolNew();
		this.apprentice = this.testEvidence.apprentice(this.enrolled);
		this.lineManager = TestAccounts.signedIn(this.enrolled.lineManager());
	}

	@Test
	void theListShowsOnlyThePersonsOwnMessagesDueAndNeededWithTheirPagesButNoSignLink() throws Exception {
		long reviewId = recordReview();
		long returned = this.testEvidence.returned(this.enrolled, "Sample reception log", 1);
		long accepted = this.testEvidence.accepted(this.enrolled, "Reflective account", 2);
		this.jdbc
			.sql("update notifications set status = 'CANCELLED' where subject_id = ? and kind = 'EVIDENCE_ACCEPTED'")
			.param(accepted)
			.update();
		Enrolled other = this.testApprentices.enrolNew();
		this.testEvidence.returned(other, "Someone else's audit", 1);
		String name = this.apprentice.name();

		this.mvc.perform(get("/notifications").with(user(this.apprentice)))
			.andExpect(status().isOk())
			.andExpect(content().string(stringContainsInOrder("Evidence returned with feedback: Sample reception log",
					"A progress review to sign: " + name)))
			.andExpect(content()
				.string(containsString("href=\"/apprentices/" + this.enrolled.id() + "/evidence/" + returned + "\"")))
			.andExpect(content()
				.string(containsString("href=\"/apprentices/" + this.enrolled.id() + "/reviews/" + reviewId + "\"")))
			.andExpect(content().string(not(containsString("Reminder: a progress review to sign"))))
			.andExpect(content().string(not(containsString("Evidence accepted"))))
			.andExpect(content().string(not(containsString("Someone else"))));
		this.mvc.perform(get("/notifications").with(user(this.lineManager)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("A progress review to sign: " + name)))
			.andExpect(content().string(not(containsString("/sign/"))))
			.andExpect(content().string(not(containsString("Sample reception log"))));
	}

	@Test
	void everyPageCountsTheUnreadAndOpeningTheListMarksThoseItShowsRead() throws Exception {
		this.testEvidence.returned(this.enrolled, "Sample reception log", 1);
		this.testEvidence.accepted(this.enrolled, "Reflective account", 2);

		this.mvc.perform(get("/apprentice").with(user(this.apprentice)))
			.andExpect(status().isOk())
			.andExpect(content().string(stringContainsInOrder("href=\"/notifications\"", "Notifications", "(",
					"<span>2</span>", "<span class=\"visually-hidden\">", "unread", ")</a>")));
		this.mvc.perform(get("/notifications").with(user(this.apprentice)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("New")));

		this.mvc.perform(get("/apprentice").with(user(this.apprentice)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("href=\"/notifications\"")))
			.andExpect(content().string(not(containsString("unread"))));
		this.mvc.perform(get("/notifications").with(user(this.apprentice)))
			.andExpect(content().string(not(containsString(">New<"))));
		assertThat(this.jdbc.sql("select count(*) from notifications where recipient_id = ? and read_at is null")
			.param(this.apprentice.accountId())
			.query(Long.class)
			.single()).isZero();
	}

	@Test
	void theAdministratorHearsOfGatewayAndCertificatesInTheirOwnList() throws Exception {
		CurrentUser admin = this.testApprentices.admin();

		this.mvc.perform(get("/notifications").with(user(admin))).andExpect(status().isOk());
		this.mvc.perform(get("/notifications/settings").with(user(admin)))
			.andExpect(status().isOk())
			.andExpect(content().string(stringContainsInOrder("Gateway approved", "Certificate to record")))
			.andExpect(content().string(not(containsString("Evidence submitted for your review"))));
		this.mvc.perform(get("/admin").with(user(admin)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("href=\"/notifications\"")));
		this.mvc.perform(get("/notifications")).andExpect(status().is3xxRedirection());
	}

	@Test
	void theCoachChoosesHowEachKindReachesThemAndIsToldItWasSaved() throws Exception {
		CurrentUser coach = this.testEvidence.coach(this.enrolled);
		this.mvc.perform(get("/notifications/settings").with(user(coach)))
			.andExpect(status().isOk())
			.andExpect(content().string(stringContainsInOrder("Evidence submitted for your review",
					"value=\"DAILY_DIGEST\" id=\"choicesEVIDENCE_SUBMITTED-DAILY_DIGEST\" checked=\"checked\"",
					"Weekly summary of your apprentices at risk")));

		this.mvc
			.perform(post("/notifications/settings").param("choices[EVIDENCE_SUBMITTED]", "OFF")
				.param("choices[HOURS_LOGGED]", "IMMEDIATE")
				.param("choices[WEEKLY_SUMMARY]", "IMMEDIATE")
				.param("choices[GRADE_CONFIRMED]", "IMMEDIATE")
				.param("choices[CERTIFICATE_ISSUED]", "DAILY_DIGEST")
				.param("choices[EVIDENCE_MESSAGE]", "IMMEDIATE")
				.with(user(coach))
				.with(csrf()))
			.andExpect(redirectedUrl("/notifications/settings"))
			.andExpect(flash().attribute("flashMessage", "notification.settings.saved"));
		this.mvc.perform(get("/notifications/settings").with(user(coach)))
			.andExpect(content()
				.string(containsString("value=\"OFF\" id=\"choicesEVIDENCE_SUBMITTED-OFF\" checked=\"checked\"")));

		assertThat(this.jdbc.sql("select kind || '=' || delivery from notification_preferences where account_id = ?")
			.param(coach.accountId())
			.query(String.class)
			.list()).containsExactlyInAnyOrder("EVIDENCE_SUBMITTED=OFF", "HOURS_LOGGED=IMMEDIATE",
					"WEEKLY_SUMMARY=IMMEDIATE", "GRADE_CONFIRMED=IMMEDIATE", "CERTIFICATE_ISSUED=DAILY_DIGEST",
					"EVIDENCE_MESSAGE=IMMEDIATE");
	}

	@Test
	void aMissingChoiceOrARequiredKindSentIsRefusedWithTheErrorSummary() throws Exception {
		CurrentUser coach = this.testEvidence.coach(this.enrolled);
		this.mvc
			.perform(post("/notifications/settings").param("choices[EVIDENCE_SUBMITTED]", "OFF")
				.with(user(coach))
				.with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"error-summary\"")))
			.andExpect(content().string(containsString("href=\"#choicesHOURS_LOGGED\"")))
			.andExpect(content().string(containsString("Choose how you receive this kind of message.")));

		this.mvc
			.perform(post("/notifications/settings").param("choices[REVIEW_SCHEDULED]", "IMMEDIATE")
				.param("choices[EVIDENCE_RETURNED]", "IMMEDIATE")
				.param("choices[EVIDENCE_ACCEPTED]", "OFF")
				.param("choices[HOURS_QUERIED]", "IMMEDIATE")
				.param("choices[GRADE_CONFIRMED]", "IMMEDIATE")
				.param("choices[CERTIFICATE_ISSUED]", "IMMEDIATE")
				.param("choices[EVIDENCE_MESSAGE]", "IMMEDIATE")
				.param("choices[REVIEW_TO_SIGN]", "OFF")
				.with(user(this.apprentice))
				.with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"error-summary\"")))
			.andExpect(content().string(containsString("The programme requires some of these messages")));

		assertThat(this.jdbc.sql("select count(*) from notification_preferences where account_id in (?, ?)")
			.params(coach.accountId(), this.apprentice.accountId())
			.query(Long.class)
			.single()).isZero();
	}

	@Test
	void theListAndTheHeaderIssueAFixedNumberOfStatementsWhateverTheNumberOfMessages() throws Exception {
		SqlStatements statements = new SqlStatements(this.entityManagerFactory);
		write(30);
		long thirty = statements.count(
				() -> this.mvc.perform(get("/notifications").with(user(this.apprentice))).andExpect(status().isOk()));
		long settingsThirty = statements
			.count(() -> this.mvc.perform(get("/notifications/settings").with(user(this.apprentice)))
				.andExpect(status().isOk()));
		write(30);
		long sixty = statements.count(
				() -> this.mvc.perform(get("/notifications").with(user(this.apprentice))).andExpect(status().isOk()));
		long settingsSixty = statements
			.count(() -> this.mvc.perform(get("/notifications/settings").with(user(this.apprentice)))
				.andExpect(status().isOk()));
		this.mvc.perform(get("/notifications").param("page", "99999999").with(user(this.apprentice)))
			.andExpect(redirectedUrl("/notifications?page=2"));
		// The page, its count, marking its messages read, and the header's unread count.
		assertThat(sixty).isEqualTo(thirty).isEqualTo(4);
		// The person's choices and the header's unread count.
		assertThat(settingsSixty).isEqualTo(settingsThirty).isEqualTo(2);
	}

	/** Messages to the apprentice, due over the past hours. */
	private void write(int count) {
		Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
		for (int i = 0; i < count; i++) {
			OffsetDateTime due = now.minusSeconds(60L * (count - i)).atOffset(ZoneOffset.UTC);
			this.jdbc
				.sql("""
						insert into notifications (kind, recipient_id, recipient_email, recipient_name, apprentice_id,
							apprentice_name, subject_id, detail, status, due_at, next_attempt_at, attempts, message_id,
							created_at, version)
						values ('EVIDENCE_ACCEPTED', :recipient, :email, :name, :apprentice, :name, :subject, :detail, 'SENT',
							:due, :due, 1, :messageId, :due, 0)""")
				.param("recipient", this.apprentice.accountId())
				.param("email", this.apprentice.email())
				.param("name", this.apprentice.name())
				.param("apprentice", this.enrolled.id())
				.param("subject", 1000L + i)
				.param("detail", "Evidence " + i)
				.param("due", due)
				.param("messageId", "<" + UUID.randomUUID() + "@test.invalid>")
				.update();
		}
	}

	private long recordReview() {
		LocalDate held = LocalDate.now(UkTime.ZONE).minusDays(1);
		return this.reviews.record(this.enrolled.id(),
				new ReviewContent(held, "Good progress since the last review", ReviewRag.GREEN, "On track",
						List.of(new AgreedAction("Upload the log", held.plusWeeks(4)))),
				this.testEvidence.coach(this.enrolled));
	}

}
