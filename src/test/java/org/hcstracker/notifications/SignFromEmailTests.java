package org.hcstracker.notifications;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.EntityManagerFactory;
import org.hcstracker.audit.AuditEventView;
import org.hcstracker.audit.AuditQuery;
import org.hcstracker.audit.AuditService;
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
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Signing a review from the one-time link in the line manager's email: bound to the
 * review and the person, stored as a hash, opened without changing anything, used once by
 * the Sign button, audited, and refused clearly when used, expired, unknown or opened by
 * someone else.
 */
@IntegrationTest
class SignFromEmailTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	MailComposer composer;

	@Autowired
	NotificationRepository notifications;

	@Autowired
	ProgressReviewService reviews;

	@Autowired
	AuditService audit;

	@Autowired
	TestApprentices testApprentices;

	@Autowired
	TestEvidence testEvidence;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	EntityManagerFactory entityManagerFactory;

	private Enrolled enrolled;

	private long reviewId;

	@BeforeEach
	void recordReview() {
		this.enrolled = this.testApprentices.enrolNew();
		this.reviewId = record(1);
	}

	@Test
	void onlyTheLineManagersRequestCarriesALinkAndOnlyItsHashIsStored() {
		String link = signLink(this.enrolled.lineManager().id());

		assertThat(link).startsWith("http://localhost:8080/sign/");
		String token = token(link);
		assertThat(this.jdbc.sql("select review_id, account_id from sign_links where token_hash = ?")
			.param(org.hcstracker.shared.SecretToken.hash(token))
			.query((rs, row) -> List.of(rs.getLong(1), rs.getLong(2)))
			.single()).containsExactly(this.reviewId, this.enrolled.lineManager().id());
		assertThat(this.jdbc.sql("select count(*) from sign_links where token_hash = ?")
			.param(token)
			.query(Long.class)
			.single()).isZero();
		assertThat(view(this.testEvidence.apprentice(this.enrolled).accountId()).signLink()).isNull();
	}

	@Test
	void openingTheLinkShowsTheReviewAndChangesNothing() throws Exception {
		String token = token(signLink(this.enrolled.lineManager().id()));

		for (int i = 0; i < 2; i++) {
			this.mvc.perform(get("/sign/" + token))
				.andExpect(status().isOk())
				.andExpect(content().string(containsString("Good progress since the last review")))
				.andExpect(content().string(containsString("action=\"/sign/" + token + "\"")));
		}

		assertThat(usedAt(token)).isNull();
		assertThat(managerSignedBy()).isNull();
	}

	@Test
	void theSignButtonSignsOnceAndTheAuditTrailSaysItCameFromAnEmailedLink() throws Exception {
		String token = token(signLink(this.enrolled.lineManager().id()));

		this.mvc.perform(post("/sign/" + token).param("version", String.valueOf(version())).with(csrf()))
			.andExpect(redirectedUrl("/sign/signed"));

		assertThat(managerSignedBy()).isEqualTo(this.enrolled.lineManager().id());
		assertThat(usedAt(token)).isNotNull();
		assertThat(this.audit.find(AuditQuery.aboutApprentice(this.enrolled.id()), 0, 50).getContent())
			.filteredOn((event) -> event.action().equals("REVIEW_SIGNED"))
			.extracting(AuditEventView::after)
			.containsExactly("signed by the line manager, " + this.enrolled.lineManager().name()
					+ ", signed from an emailed link");
		this.mvc.perform(post("/sign/" + token).param("version", String.valueOf(version())).with(csrf()))
			.andExpect(status().isGone())
			.andExpect(content().string(containsString("This link has been used")));
		this.mvc.perform(get("/sign/" + token))
			.andExpect(status().isGone())
			.andExpect(content().string(containsString("This link has been used")));
		this.mvc.perform(get("/sign/signed")).andExpect(status().isOk());
		this.mvc
			.perform(get("/apprentices/" + this.enrolled.id() + "/reviews/" + this.reviewId)
				.with(user(TestAccounts.signedIn(this.enrolled.lineManager()))))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("signed from the one-time link emailed to them")));
	}

	@Test
	void anExpiredOrUnknownLinkIsRefusedWithAClearPage() throws Exception {
		String token = token(signLink(this.enrolled.lineManager().id()));
		this.jdbc.sql("""
				update sign_links set created_at = created_at - interval '8' day,
					expires_at = expires_at - interval '8' day where token_hash = ?""")
			.param(org.hcstracker.shared.SecretToken.hash(token))
			.update();

		this.mvc.perform(get("/sign/" + token))
			.andExpect(status().isGone())
			.andExpect(content().string(containsString("This link has expired")));
		this.mvc.perform(post("/sign/" + token).param("version", String.valueOf(version())).with(csrf()))
			.andExpect(status().isGone());
		this.mvc.perform(get("/sign/" + token + "x"))
			.andExpect(status().isNotFound())
			.andExpect(content().string(containsString("This link does not work")));
		assertThat(managerSignedBy()).isNull();
	}

	@Test
	void someoneSignedInAsAnotherPersonCannotUseTheLink() throws Exception {
		String token = token(signLink(this.enrolled.lineManager().id()));
		CurrentUser coach = this.testEvidence.coach(this.enrolled);

		this.mvc.perform(get("/sign/" + token).with(user(coach)))
			.andExpect(status().isForbidden())
			.andExpect(content().string(containsString("This link was sent to someone else")));
		this.mvc
			.perform(post("/sign/" + token).param("version", String.valueOf(version())).with(user(coach)).with(csrf()))
			.andExpect(status().isForbidden());

		assertThat(usedAt(token)).isNull();
		assertThat(managerSignedBy()).isNull();
	}

	@Test
	void aReviewAlreadySignedInTheAppIsRefusedWithTheErrorSummaryAndTheLinkIsKept() throws Exception {
		String token = token(signLink(this.enrolled.lineManager().id()));
		long version = version();
		this.reviews.sign(this.enrolled.id(), this.reviewId, version, null,
				TestAccounts.signedIn(this.enrolled.lineManager()));

		this.mvc.perform(post("/sign/" + token).param("version", String.valueOf(version())).with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"error-summary\"")))
			.andExpect(content().string(containsString("This review is not waiting for your signature.")));

		assertThat(usedAt(token)).isNull();
	}

	@Test
	void theLinkOpensNothingElse() throws Exception {
		signLink(this.enrolled.lineManager().id());

		this.mvc.perform(get("/apprentices/" + this.enrolled.id() + "/reviews/" + this.reviewId))
			.andExpect(status().is3xxRedirection());
		this.mvc.perform(get("/employer")).andExpect(status().is3xxRedirection());
	}

	@Test
	void theLinksPageIssuesAFixedNumberOfStatementsWhateverTheReviewsLength() throws Exception {
		SqlStatements statements = new SqlStatements(this.entityManagerFactory);
		String shortOne = token(signLink(this.enrolled.lineManager().id()));
		long shorter = statements.count(() -> this.mvc.perform(get("/sign/" + shortOne)).andExpect(status().isOk()));
		this.enrolled = this.testApprentices.enrolNew();
		this.reviewId = record(10);
		String longOne = token(signLink(this.enrolled.lineManager().id()));

		long longer = statements.count(() -> this.mvc.perform(get("/sign/" + longOne)).andExpect(status().isOk()));

		assertThat(longer).isEqualTo(shorter).isLessThanOrEqualTo(6);
	}

	private long record(int actions) {
		LocalDate held = LocalDate.now(UkTime.ZONE).minusDays(1);
		List<AgreedAction> agreed = new ArrayList<>();
		for (int i = 0; i < actions; i++) {
			agreed.add(new AgreedAction("Upload the sample reception log " + i, held.plusWeeks(4)));
		}
		return this.reviews.record(this.enrolled.id(),
				new ReviewContent(held, "Good progress since the last review", ReviewRag.GREEN, "On track", agreed),
				this.testEvidence.coach(this.enrolled));
	}

	private String signLink(long recipientId) {
		String link = view(recipientId).signLink();
		assertThat(link).isNotNull();
		return link;
	}

	private MailView view(long recipientId) {
		long id = this.jdbc
			.sql("select id from notifications where subject_id = ? and recipient_id = ? and kind = 'REVIEW_TO_SIGN'")
			.params(this.reviewId, recipientId)
			.query(Long.class)
			.single();
		return this.composer.view(this.notifications.findById(id).orElseThrow());
	}

	private static String token(String link) {
		return link.substring(link.lastIndexOf('/') + 1);
	}

	private Object usedAt(String token) {
		return this.jdbc.sql("select used_at from sign_links where token_hash = ?")
			.param(org.hcstracker.shared.SecretToken.hash(token))
			.query((rs, row) -> (Object) rs.getTimestamp(1))
			.optional()
			.orElse(null);
	}

	private Long managerSignedBy() {
		return this.jdbc.sql("select manager_signed_by from progress_reviews where id = ?")
			.param(this.reviewId)
			.query((rs, row) -> (Long) rs.getObject(1))
			.optional()
			.orElse(null);
	}

	private long version() {
		return this.jdbc.sql("select version from progress_reviews where id = ?")
			.param(this.reviewId)
			.query(Long.class)
			.single();
	}

}
