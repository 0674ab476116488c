package org.hcstracker.notifications;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.hcstracker.people.AccountService;
import org.hcstracker.people.CurrentUser;
import org.hcstracker.testsupport.EmbeddedDefaultTest;
import org.hcstracker.testsupport.TestAccounts;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The embedded default with its demo data: Aisha Rahman, the coach, and Jordan Ellis, the
 * apprentice, find unread notifications in the header and their list at once, and a daily
 * digest in their demo mailbox; the messages are spread over the past days, the older
 * read.
 */
@EmbeddedDefaultTest
class DemoNotificationsTests {

	private static final Pattern DIGEST = Pattern
		.compile("href=\"/mailbox/(\\d+)\">" + Pattern.quote("Your daily digest from HCS Tracker"));

	@Autowired
	MockMvc mvc;

	@Autowired
	AccountService accounts;

	@Autowired
	JdbcClient jdbc;

	@Test
	void theCoachFindsUnreadNotificationsTheirWeeklySummaryAndADigest() throws Exception {
		CurrentUser aisha = as("coach@demo.test");

		this.mvc.perform(get("/coach").with(user(aisha)))
			.andExpect(status().isOk())
			// The newest few of the demo's messages, and this week's summary.
			.andExpect(content().string(containsString("<span>" + (DemoNotifications.UNREAD + 1) + "</span>")));
		this.mvc.perform(get("/notifications").with(user(aisha)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(">New<")))
			.andExpect(content().string(containsString("Evidence submitted: ")))
			.andExpect(content().string(containsString("Your weekly summary of apprentices at risk")));
		String body = digestOf(aisha);
		assertThat(body).contains("The messages written to you since your last digest")
			.containsPattern("(Evidence submitted|Off-the-job hours logged): ");
	}

	@Test
	void theApprenticeWhoChoseDigestsFindsUnreadNotificationsAndADigest() throws Exception {
		CurrentUser jordan = as("apprentice@demo.test");

		this.mvc.perform(get("/apprentice").with(user(jordan)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("<span class=\"visually-hidden\">")));
		this.mvc.perform(get("/notifications").with(user(jordan)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(">New<")));
		assertThat(digestOf(jordan)).contains("Dear Jordan Ellis,");
	}

	@Test
	void theOlderMessagesAreReadAndSpreadOverThePastDays() {
		assertThat(this.jdbc.sql("""
				select count(distinct cast(due_at as date)) from notifications
				where status = 'SENT' and read_at is not null""").query(Long.class).single()).isGreaterThan(2);
	}

	private String digestOf(CurrentUser person) throws Exception {
		String mailbox = this.mvc.perform(get("/mailbox").with(user(person)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		Matcher digest = DIGEST.matcher(mailbox);
		assertThat(digest.find()).as("a digest in the mailbox").isTrue();
		return this.mvc.perform(get("/mailbox/" + digest.group(1)).with(user(person)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
	}

	private CurrentUser as(String email) {
		return TestAccounts.signedIn(this.accounts.findByEmail(email).orElseThrow());
	}

}
