package org.hcstracker.notifications;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.persistence.EntityManagerFactory;
import org.hcstracker.people.AccountService;
import org.hcstracker.people.AccountView;
import org.hcstracker.people.CurrentUser;
import org.hcstracker.testsupport.EmbeddedDefaultTest;
import org.hcstracker.testsupport.SqlStatements;
import org.hcstracker.testsupport.TestAccounts;
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
 * The embedded default with its demo data: the administrator's outbox lists David
 * Clarke's reminder for Jordan Ellis's unsigned review, without its link; David's demo
 * mailbox shows it with its link; the link opens the review without a password and its
 * Sign button signs it, once. Only the recipient opens a message, and the administrator
 * has no mailbox.
 */
@EmbeddedDefaultTest
class DemoOutboxTests {

	private static final String REMINDER = "Reminder: a progress review to sign: Jordan Ellis";

	private static final Pattern MESSAGE_LINK = Pattern.compile("href=\"/mailbox/(\\d+)\">" + Pattern.quote(REMINDER));

	private static final Pattern SIGN_LINK = Pattern.compile("href=\"(http://localhost:8080/sign/[A-Za-z0-9_-]+)\"");

	@Autowired
	MockMvc mvc;

	@Autowired
	AccountService accounts;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Outbox outbox;

	@Autowired
	EntityManagerFactory entityManagerFactory;

	@Test
	void davidClarkeFollowsHisReminderFromTheDemoMailboxAndSignsJordansReviewOnce() throws Exception {
		CurrentUser admin = as("admin@demo.test");
		CurrentUser david = as("employer@demo.test");
		CurrentUser jordan = as("apprentice@demo.test");

		String outbox = this.mvc.perform(get("/admin/outbox").param("recipient", "David Clarke").with(user(admin)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(outbox).contains(REMINDER).contains("David Clarke").doesNotContain("/sign/");

		this.mvc.perform(get("/employer").with(user(david)))
			.andExpect(content().string(containsString("href=\"/mailbox\"")));
		String mailbox = this.mvc.perform(get("/mailbox").with(user(david)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		Matcher message = MESSAGE_LINK.matcher(mailbox);
		assertThat(message.find()).as("the reminder in David's mailbox").isTrue();
		String messagePath = "/mailbox/" + message.group(1);
		this.mvc.perform(get(messagePath).with(user(jordan))).andExpect(status().isNotFound());
		String opened = this.mvc.perform(get(messagePath).with(user(david)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		Matcher sign = SIGN_LINK.matcher(opened);
		assertThat(sign.find()).as("the link to sign in the message").isTrue();
		String signPath = sign.group(1).substring("http://localhost:8080".length());

		String review = this.mvc.perform(get(signPath))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Progress review of Jordan Ellis")))
			.andReturn()
			.getResponse()
			.getContentAsString();
		Matcher version = Pattern.compile("name=\"version\" value=\"(\\d+)\"").matcher(review);
		assertThat(version.find()).isTrue();
		this.mvc.perform(post(signPath).param("version", version.group(1)).with(csrf()))
			.andExpect(redirectedUrl("/sign/signed"));
		this.mvc.perform(post(signPath).param("version", version.group(1)).with(csrf())).andExpect(status().isGone());

		assertThat(this.jdbc.sql("""
				select count(*) from notifications where recipient_id = ? and status = 'WAITING'
				and kind in ('REVIEW_TO_SIGN', 'REVIEW_TO_SIGN_REMINDER') and apprentice_name = 'Jordan Ellis'""")
			.param(david.accountId())
			.query(Long.class)
			.single()).as("David's reminders end once he has signed").isZero();
	}

	@Test
	void davidClarkeFindsPriyasGatewayDecisionInHisMailboxAndItsLinkOpensHerChecklist() throws Exception {
		CurrentUser david = as("employer@demo.test");
		String mailbox = this.mvc.perform(get("/mailbox").with(user(david)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		Matcher message = Pattern
			.compile("href=\"/mailbox/(\\d+)\">" + Pattern.quote("A gateway decision waiting: Priya Sharma"))
			.matcher(mailbox);
		assertThat(message.find()).as("the gateway decision in David's mailbox").isTrue();
		String opened = this.mvc.perform(get("/mailbox/" + message.group(1)).with(user(david)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		Matcher link = Pattern.compile("href=\"http://localhost:8080(/sign/gateway/[A-Za-z0-9_-]+)\"").matcher(opened);
		assertThat(link.find()).as("the link to decide in the message").isTrue();
		assertThat(opened).contains("Decide without signing in (the link works once)");

		this.mvc.perform(get(link.group(1)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Gateway of Priya Sharma")))
			.andExpect(content().string(containsString("Approve gateway")));
	}

	@Test
	void theAdministratorHasNoDemoMailbox() throws Exception {
		CurrentUser admin = as("admin@demo.test");

		this.mvc.perform(get("/mailbox").with(user(admin))).andExpect(status().isNotFound());
		this.mvc.perform(get("/admin").with(user(admin)))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("href=\"/mailbox\""))));
	}

	@Test
	void theMailboxIssuesAFixedNumberOfStatementsWhateverItsLength() throws Exception {
		CurrentUser sarah = as("sarah.whitfield@demo.test");
		SqlStatements statements = new SqlStatements(this.entityManagerFactory);
		write(sarah, 30);
		long longer = statements
			.count(() -> this.mvc.perform(get("/mailbox").with(user(sarah))).andExpect(status().isOk()));
		write(sarah, 60);

		long twiceAsLong = statements
			.count(() -> this.mvc.perform(get("/mailbox").with(user(sarah))).andExpect(status().isOk()));

		// The page and its count; the unread count of the notifications in the header.
		assertThat(twiceAsLong).isEqualTo(longer).isLessThanOrEqualTo(3);
	}

	private void write(CurrentUser recipient, int messages) {
		AccountView account = this.accounts.find(recipient.accountId());
		for (int i = 0; i < messages; i++) {
			this.outbox.write(new NotificationFacts(NotificationKind.EVIDENCE_ACCEPTED, account, 1, "Liam O'Connor", i,
					"Evidence " + i, null, null, null));
		}
	}

	private CurrentUser as(String email) {
		return TestAccounts.signedIn(this.accounts.findByEmail(email).orElseThrow());
	}

}
