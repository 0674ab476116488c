package org.hcstracker.calendar;

import java.io.StringReader;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

import jakarta.persistence.EntityManagerFactory;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import org.hcstracker.people.CurrentUser;
import org.hcstracker.progress.ProgressReviewScheduling;
import org.hcstracker.progress.ReviewVenue;
import org.hcstracker.testsupport.IntegrationTest;
import org.hcstracker.testsupport.SqlStatements;
import org.hcstracker.testsupport.TestAccounts;
import org.hcstracker.testsupport.TestApprentices;
import org.hcstracker.testsupport.TestApprentices.Enrolled;
import org.hcstracker.testsupport.TestEvidence;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A person's calendar feed: created on their calendar page, read by a calendar without
 * signing in, listing the reviews scheduled for their own apprentices only, and answering
 * not found once replaced or revoked.
 */
@IntegrationTest
class CalendarFeedTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	ProgressReviewScheduling scheduling;

	@Autowired
	TestApprentices testApprentices;

	@Autowired
	TestEvidence testEvidence;

	@Autowired
	CalendarFeeds feeds;

	@Autowired
	EntityManagerFactory entityManagerFactory;

	private Enrolled enrolled;

	private CurrentUser coach;

	@BeforeEach
	void enrol() {
		this.enrolled = this.testApprentices.enrolNew();
		this.coach = this.testEvidence.coach(this.enrolled);
	}

	@Test
	void theCoachsFeedListsTheReviewsScheduledForTheirCaseloadAndNoOneElses() throws Exception {
		LocalDate date = LocalDate.now().plusDays(3);
		long online = this.scheduling.schedule(this.enrolled.id(), date, LocalTime.of(10, 30),
				new ReviewVenue("Pathology seminar room, level 2", "https://meet.example.com/review-1"), this.coach);
		Enrolled other = this.testApprentices.enrolNew();
		this.scheduling.schedule(other.id(), date, LocalTime.of(9, 0), new ReviewVenue("Elsewhere", null),
				this.testEvidence.coach(other));

		String address = createAddress(this.coach);
		assertThat(address).matches("http://localhost/calendar/feed/[A-Za-z0-9_-]{43}\\.ics");
		MvcResult read = this.mvc.perform(get(address.substring("http://localhost".length())))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Type", "text/calendar;charset=UTF-8"))
			.andExpect(header().string("Cache-Control", "no-store"))
			.andReturn();
		Calendar calendar = new CalendarBuilder()
			.build(new StringReader(read.getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8)));
		List<VEvent> events = calendar.getComponents("VEVENT");
		assertThat(events).hasSize(1);
		VEvent event = events.get(0);
		assertThat(event.getSummary().getValue()).isEqualTo("Progress review: " + this.enrolled.enrolment().name());
		assertThat(event.getLocation().getValue()).isEqualTo("Pathology seminar room, level 2");
		assertThat(event.getDescription().getValue()).isEqualTo("Join online: https://meet.example.com/review-1");
		assertThat(event.getUid().get().getValue()).isEqualTo("review-" + online + "@hcs-tracker");
		assertThat(event.getDateTimeStart().getValue())
			.isEqualTo(IcsCalendar.at(date, LocalTime.of(10, 30)).toString().replace("-", "").replace(":", ""));
	}

	@Test
	void aReplacedOrRevokedAddressAnswersNotFoundAndOnlyItsHashIsKept() throws Exception {
		String first = path(createAddress(this.coach));
		this.mvc.perform(get(first)).andExpect(status().isOk());
		String second = path(createAddress(this.coach));
		this.mvc.perform(get(first)).andExpect(status().isNotFound());
		this.mvc.perform(get(second)).andExpect(status().isOk());
		this.mvc.perform(post("/calendar/revoke").with(user(this.coach)).with(csrf()))
			.andExpect(status().is3xxRedirection());
		this.mvc.perform(get(second)).andExpect(status().isNotFound());
		this.mvc.perform(get("/calendar/feed/not-a-token.ics")).andExpect(status().isNotFound());
		String token = second.substring("/calendar/feed/".length(), second.length() - ".ics".length());
		assertThat(this.feeds.owner(token)).isEmpty();
		this.mvc.perform(get("/calendar").with(user(this.coach)))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString(token))));
	}

	@Test
	void theFeedReadsAFixedNumberOfStatementsWhateverTheCaseload() throws Exception {
		SqlStatements statements = new SqlStatements(this.entityManagerFactory);
		this.scheduling.schedule(this.enrolled.id(), LocalDate.now().plusDays(1), LocalTime.of(10, 0),
				new ReviewVenue("Room 1", null), this.coach);
		String feed = path(createAddress(this.coach));
		long one = statements.count(() -> this.mvc.perform(get(feed)).andExpect(status().isOk()));
		for (int i = 0; i < 6; i++) {
			long more = this.testApprentices.enrol(this.enrolled.lineManager(), this.enrolled.coach()).apprenticeId();
			this.scheduling.schedule(more, LocalDate.now().plusDays(2 + i), LocalTime.of(11, 0),
					new ReviewVenue("Room " + i, null), this.coach);
		}
		long seven = statements.count(() -> this.mvc.perform(get(feed)).andExpect(status().isOk()));
		// The token, the account, the caseload, the reviews scheduled, their names.
		assertThat(seven).isEqualTo(one).isEqualTo(5);
	}

	@Test
	void theApprenticeAndTheLineManagerSeeTheirReviewsAndTheAssessorAnEmptyCalendar() throws Exception {
		this.scheduling.schedule(this.enrolled.id(), LocalDate.now().plusDays(4), LocalTime.of(14, 0),
				new ReviewVenue("Room", null), this.coach);
		CurrentUser apprentice = this.testEvidence.apprentice(this.enrolled);
		CurrentUser lineManager = TestAccounts.signedIn(this.enrolled.lineManager());
		assertThat(read(createAddress(apprentice))).contains("SUMMARY:Progress review: ").contains("DTSTART:");
		assertThat(read(createAddress(lineManager))).contains("SUMMARY:Progress review: ");
		this.mvc.perform(get("/calendar").with(user(apprentice)))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("lists 1 review scheduled")));
	}

	private String createAddress(CurrentUser person) throws Exception {
		MvcResult created = this.mvc.perform(post("/calendar/address").with(user(person)).with(csrf()))
			.andExpect(status().is3xxRedirection())
			.andReturn();
		Object address = created.getFlashMap().get("address");
		assertThat(address).isNotNull();
		return address.toString();
	}

	private String read(String address) throws Exception {
		return this.mvc.perform(get(path(address)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
	}

	private static String path(String address) {
		return address.substring("http://localhost".length());
	}

}
