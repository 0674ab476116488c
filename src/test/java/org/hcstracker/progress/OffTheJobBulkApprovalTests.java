package org.hcstracker.progress;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.persistence.EntityManagerFactory;
import org.hcstracker.audit.AuditEventView;
import org.hcstracker.audit.AuditQuery;
import org.hcstracker.audit.AuditService;
import org.hcstracker.people.CurrentUser;
import org.hcstracker.shared.RuleException;
import org.hcstracker.testsupport.IntegrationTest;
import org.hcstracker.testsupport.SqlStatements;
import org.hcstracker.testsupport.TestApprentices;
import org.hcstracker.testsupport.TestApprentices.Enrolled;
import org.hcstracker.testsupport.TestEvidence;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
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
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

/**
 * The coach approves several off-the-job entries at once (those chosen, or all those
 * waiting in a month) after a step that restates them, all or none; lists only the
 * entries waiting; and comes back to where they were. A query stays in the history of the
 * entry approved after it.
 */
@IntegrationTest
class OffTheJobBulkApprovalTests {

	private static final YearMonth LAST_MONTH = YearMonth.now().minusMonths(1);

	@Autowired
	OffTheJobService service;

	@Autowired
	OffTheJobPages pages;

	@Autowired
	OffTheJobBulkApproval bulk;

	@Autowired
	AuditService audit;

	@Autowired
	MockMvc mvc;

	@Autowired
	TestApprentices testApprentices;

	@Autowired
	TestEvidence testEvidence;

	@Autowired
	EntityManagerFactory entityManagerFactory;

	private Enrolled enrolled;

	private CurrentUser apprentice;

	private CurrentUser coach;

	@BeforeEach
	void enrol() {
		this.enrolled = this.testApprentices.enrolNew();
		this.apprentice = this.testEvidence.apprentice(this.enrolled);
		this.coach = this.testEvidence.coach(this.enrolled);
	}

	@Test
	void theCoachApprovesTheEntriesChosenTogetherEachAuditedAsAlone() {
		long first = record(LAST_MONTH.atDay(3), "7.5");
		long second = record(LAST_MONTH.atDay(4), "2");
		long untouched = record(LAST_MONTH.atDay(5), "1");

		int approved = this.bulk.approveAll(this.enrolled.id(), versions(first, second), this.coach);

		assertThat(approved).isEqualTo(2);
		assertThat(statusOf(first)).isEqualTo(OffTheJobStatus.APPROVED);
		assertThat(statusOf(second)).isEqualTo(OffTheJobStatus.APPROVED);
		assertThat(statusOf(untouched)).isEqualTo(OffTheJobStatus.AWAITING_APPROVAL);
		assertThat(approvals()).extracting(AuditEventView::subjectId).containsExactlyInAnyOrder(first, second);
		assertThat(this.pages.log(this.enrolled.id(), this.coach, 0).totals().approved()).isEqualByComparingTo("9.5");
	}

	@Test
	void noneIsApprovedWhenOneCanNoLongerBeAndEveryReasonIsGiven() {
		long waiting = record(LAST_MONTH.atDay(3), "3");
		long amended = record(LAST_MONTH.atDay(4), "2");
		long decided = record(LAST_MONTH.atDay(5), "1");
		Map<Long, Long> seen = versions(waiting, amended, decided);
		this.service.amend(this.enrolled.id(), amended, details(LAST_MONTH.atDay(4), "2.5"), version(amended),
				this.apprentice);
		this.service.approve(this.enrolled.id(), decided, version(decided), this.coach);
		Map<Long, Long> stale = new LinkedHashMap<>(seen);
		stale.put(decided, version(decided));

		assertThatExceptionOfType(OffTheJobRuleException.class)
			.isThrownBy(() -> this.bulk.approveAll(this.enrolled.id(), stale, this.coach))
			.satisfies((ex) -> assertThat(ex.all()).extracting(RuleException::getMessageKey)
				.containsExactly("otj.bulk.notAwaiting", "otj.bulk.changed"));

		assertThat(statusOf(waiting)).isEqualTo(OffTheJobStatus.AWAITING_APPROVAL);
		assertThat(statusOf(amended)).isEqualTo(OffTheJobStatus.AWAITING_APPROVAL);
		assertThat(approvals()).extracting(AuditEventView::subjectId).containsExactly(decided);
		assertThatExceptionOfType(OffTheJobRuleException.class).isThrownBy(
				() -> this.bulk.approveAll(this.enrolled.id(), Map.of(waiting, version(waiting), -1L, 0L), this.coach))
			.extracting(RuleException::getMessageKey)
			.isEqualTo("otj.bulk.gone");
		assertThat(statusOf(waiting)).isEqualTo(OffTheJobStatus.AWAITING_APPROVAL);
	}

	@Test
	void onlyTheApprenticesCoachApprovesTogether() {
		long id = record(LAST_MONTH.atDay(3), "3");
		Enrolled other = this.testApprentices.enrolNew();
		assertThatExceptionOfType(AccessDeniedException.class)
			.isThrownBy(() -> this.bulk.approveAll(this.enrolled.id(), versions(id), this.apprentice));
		assertThatExceptionOfType(AccessDeniedException.class)
			.isThrownBy(() -> this.bulk.waitingIn(this.enrolled.id(), LAST_MONTH, this.apprentice));
		assertThat(this.bulk.chosen(other.id(), List.of(id), this.testEvidence.coach(other))).isEmpty();
	}

	@Test
	void aMonthsSelectionPicksOnlyTheEntriesWaitingInThatMonth() {
		long waiting = record(LAST_MONTH.atDay(3), "3");
		long alsoWaiting = record(LAST_MONTH.atEndOfMonth(), "2");
		long approved = record(LAST_MONTH.atDay(5), "1");
		long queried = record(LAST_MONTH.atDay(6), "1");
		record(LAST_MONTH.minusMonths(1).atEndOfMonth(), "4");
		record(LAST_MONTH.plusMonths(1).atDay(1), "4");
		this.service.approve(this.enrolled.id(), approved, version(approved), this.coach);
		this.service.query(this.enrolled.id(), queried, version(queried), "Which course?", this.coach);

		assertThat(this.bulk.waitingIn(this.enrolled.id(), LAST_MONTH, this.coach)).extracting(OffTheJobEntryView::id)
			.containsExactly(alsoWaiting, waiting);
		assertThat(this.pages.log(this.enrolled.id(), this.coach, 0).waiting())
			.filteredOn((month) -> month.month().equals(LAST_MONTH))
			.singleElement()
			.satisfies((month) -> {
				assertThat(month.entries()).isEqualTo(2);
				assertThat(month.hours()).isEqualByComparingTo("5");
			});
	}

	@Test
	void aQueryStaysInTheHistoryOfTheEntryApprovedAfterIt() throws Exception {
		long id = record(LAST_MONTH.atDay(3), "3");
		this.service.query(this.enrolled.id(), id, version(id), "Which ward did you shadow on?", this.coach);
		this.service.amend(this.enrolled.id(), id, details(LAST_MONTH.atDay(3), "3"), version(id), this.apprentice);
		this.service.approve(this.enrolled.id(), id, version(id), this.coach);

		OffTheJobEntryView entry = this.pages.entryToAmend(this.enrolled.id(), id, this.apprentice);
		assertThat(entry.status()).isEqualTo(OffTheJobStatus.APPROVED);
		assertThat(entry.queryReason()).isEqualTo("Which ward did you shadow on?");
		assertThat(entry.queriedAt()).isNotNull();
		assertThat(entry.approvedAfterQuery()).isTrue();
		this.mvc.perform(get("/apprentices/{a}/off-the-job", this.enrolled.id()).with(user(this.apprentice)))
			.andExpect(content().string(containsString("Which ward did you shadow on? — then amended and approved")))
			.andExpect(content().string(containsString("Queried on ")));
		assertThat(this.pages.queried(this.enrolled.id(), this.apprentice)).isEmpty();
	}

	@Test
	void approvingTogetherRestatesTheEntriesFirstThenApprovesAndReturnsToTheList() throws Exception {
		long first = record(LAST_MONTH.atDay(3), "7.5");
		long second = record(LAST_MONTH.atDay(4), "2");
		this.mvc
			.perform(bulk().param("entries", choice(first), choice(second)).param("page", "0").param("waiting", "true"))
			.andExpect(status().isOk())
			.andExpect(view().name("progress/approve-entries"))
			.andExpect(content().string(containsString("Approve 2 entries of ")))
			.andExpect(content().string(containsString("9.5 h in total?")))
			.andExpect(content().string(containsString("Approve 2 entries (9.5 h)")))
			.andExpect(content().string(containsString("value=\"" + choice(first) + "\"")));
		assertThat(statusOf(first)).isEqualTo(OffTheJobStatus.AWAITING_APPROVAL);

		this.mvc
			.perform(bulk().param("entries", choice(first), choice(second))
				.param("confirmed", "true")
				.param("page", "0")
				.param("waiting", "true"))
			.andExpect(
					redirectedUrl("/apprentices/" + this.enrolled.id() + "/off-the-job?waiting=true#entries-heading"));
		assertThat(statusOf(first)).isEqualTo(OffTheJobStatus.APPROVED);
		assertThat(statusOf(second)).isEqualTo(OffTheJobStatus.APPROVED);
	}

	@Test
	void aMonthIsRestatedWithOnlyItsWaitingEntries() throws Exception {
		record(LAST_MONTH.atDay(3), "3");
		record(LAST_MONTH.atDay(4), "1.5");
		record(LAST_MONTH.minusMonths(1).atDay(4), "4");
		this.mvc.perform(get("/apprentices/{a}/off-the-job", this.enrolled.id()).with(user(this.coach)))
			.andExpect(content().string(containsString("Approve all waiting in ")))
			.andExpect(content().string(containsString("(2 entries, 4.5 h)")))
			.andExpect(content().string(containsString("id=\"waiting-" + LAST_MONTH + "\"")));
		this.mvc.perform(bulk().param("month", LAST_MONTH.toString()).param("page", "0"))
			.andExpect(view().name("progress/approve-entries"))
			.andExpect(content().string(containsString("Approve 2 entries (4.5 h)")));
	}

	@Test
	void everyProblemOfATogetherApprovalIsReportedInOneRoundAndTheChoiceIsKept() throws Exception {
		this.mvc.perform(bulk().param("page", "0"))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrorCode("bulkForm", "entries", "otj.bulk.noneChosen"))
			.andExpect(content().string(containsString("Select the entries to approve.")))
			.andExpect(content().string(containsString("href=\"#entries\"")));

		long first = record(LAST_MONTH.atDay(3), "3");
		long second = record(LAST_MONTH.atDay(4), "2");
		long third = record(LAST_MONTH.atDay(5), "1");
		String[] seen = { choice(first), choice(second), choice(third) };
		this.service.amend(this.enrolled.id(), first, details(LAST_MONTH.atDay(3), "3.5"), version(first),
				this.apprentice);
		this.service.amend(this.enrolled.id(), second, details(LAST_MONTH.atDay(4), "2.5"), version(second),
				this.apprentice);
		String page = this.mvc.perform(bulk().param("entries", seen).param("confirmed", "true").param("page", "0"))
			.andExpect(status().isOk())
			.andExpect(view().name("progress/off-the-job"))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains("<title>Error: ", "id=\"error-summary\"",
				"The entry of " + org.hcstracker.shared.Formats.date(LAST_MONTH.atDay(3)) + " (3.5 h) changed",
				"The entry of " + org.hcstracker.shared.Formats.date(LAST_MONTH.atDay(4)) + " (2.5 h) changed");
		assertThat(page).containsPattern("id=\"choose-" + third + "\"[^>]*checked");
		assertThat(statusOf(third)).isEqualTo(OffTheJobStatus.AWAITING_APPROVAL);
	}

	@Test
	void anotherCoachsApprenticesEntriesAreNotFound() throws Exception {
		long id = record(LAST_MONTH.atDay(3), "3");
		Enrolled other = this.testApprentices.enrolNew();
		CurrentUser otherCoach = this.testEvidence.coach(other);
		for (String confirmed : List.of("false", "true")) {
			this.mvc
				.perform(post("/apprentices/{a}/off-the-job/approve", this.enrolled.id()).with(user(otherCoach))
					.with(csrf())
					.param("entries", choice(id))
					.param("confirmed", confirmed))
				.andExpect(status().isNotFound());
		}
		this.mvc
			.perform(post("/apprentices/{a}/off-the-job/approve", this.enrolled.id()).with(user(otherCoach))
				.with(csrf())
				.param("month", LAST_MONTH.toString()))
			.andExpect(status().isNotFound());
		this.mvc
			.perform(post("/apprentices/{a}/off-the-job/approve", other.id()).with(user(otherCoach))
				.with(csrf())
				.param("entries", choice(id))
				.param("confirmed", "true"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("no longer in this log")));
		assertThat(statusOf(id)).isEqualTo(OffTheJobStatus.AWAITING_APPROVAL);
	}

	@Test
	void waitingOnlyListsTheEntriesWaitingAndIsKeptByTheLinks() throws Exception {
		long waiting = record(LAST_MONTH.atDay(3), "3");
		long approved = record(LAST_MONTH.atDay(4), "2");
		this.service.approve(this.enrolled.id(), approved, version(approved), this.coach);
		this.mvc
			.perform(get("/apprentices/{a}/off-the-job", this.enrolled.id()).param("waiting", "true")
				.with(user(this.coach)))
			.andExpect(content().string(containsString("id=\"entry-" + waiting + "\"")))
			.andExpect(content().string(not(containsString("id=\"entry-" + approved + "\""))))
			.andExpect(content().string(containsString("name=\"waiting\" value=\"true\"")))
			.andExpect(content().string(containsString("aria-current=\"page\">Waiting only")));
		this.mvc.perform(get("/apprentices/{a}/off-the-job", this.enrolled.id()).with(user(this.coach)))
			.andExpect(content().string(containsString("id=\"entry-" + approved + "\"")))
			.andExpect(content().string(containsString("aria-current=\"page\">All entries")));
	}

	@Test
	void approvingOrQueryingOneEntryReturnsToItsRowOrToTheFilteredList() throws Exception {
		long first = record(LAST_MONTH.atDay(3), "3");
		long second = record(LAST_MONTH.atDay(4), "2");
		String log = "/apprentices/" + this.enrolled.id() + "/off-the-job";
		this.mvc
			.perform(post("/apprentices/{a}/off-the-job/{e}/approve", this.enrolled.id(), first).with(user(this.coach))
				.with(csrf())
				.param("version", String.valueOf(version(first)))
				.param("page", "0")
				.param("waiting", "false"))
			.andExpect(redirectedUrl(log + "#entry-" + first));
		this.mvc
			.perform(post("/apprentices/{a}/off-the-job/{e}/query", this.enrolled.id(), second).with(user(this.coach))
				.with(csrf())
				.param("reason", "Which course?")
				.param("version", String.valueOf(version(second)))
				.param("page", "1")
				.param("waiting", "true"))
			.andExpect(redirectedUrl(log + "?page=1&waiting=true#entries-heading"));
	}

	@Test
	void theWaitingListIssuesAFixedNumberOfStatements() throws Exception {
		SqlStatements statements = new SqlStatements(this.entityManagerFactory);
		// More than a page from the start, so both sizes count the whole list the same
		// way
		for (int day = 1; day <= 27; day++) {
			record(LAST_MONTH.minusMonths(2).atDay(day), "1");
		}
		long few = statements.count(
				() -> this.mvc
					.perform(get("/apprentices/{id}/off-the-job", this.enrolled.id()).param("waiting", "true")
						.with(user(this.coach)))
					.andExpect(status().isOk()));
		for (int day = 1; day <= 28; day++) {
			record(LAST_MONTH.atDay(day), "1.5");
			record(LAST_MONTH.minusMonths(1).atDay(day), "1");
		}
		long many = statements.count(
				() -> this.mvc
					.perform(get("/apprentices/{id}/off-the-job", this.enrolled.id()).param("waiting", "true")
						.with(user(this.coach)))
					.andExpect(status().isOk()));
		// Plus the unread count of the notifications in the header.
		assertThat(many).isEqualTo(few).isLessThanOrEqualTo(9);
	}

	private MockHttpServletRequestBuilder bulk() {
		return post("/apprentices/{a}/off-the-job/approve", this.enrolled.id()).with(user(this.coach)).with(csrf());
	}

	private String choice(long id) {
		return id + ":" + version(id);
	}

	private Map<Long, Long> versions(long... ids) {
		Map<Long, Long> versions = new LinkedHashMap<>();
		for (long id : ids) {
			versions.put(id, version(id));
		}
		return versions;
	}

	private List<AuditEventView> approvals() {
		return this.audit.find(AuditQuery.aboutApprentice(this.enrolled.id()), 0, 100)
			.getContent()
			.stream()
			.filter((event) -> event.action().equals("OFF_THE_JOB_APPROVED"))
			.toList();
	}

	private long record(LocalDate date, String hours) {
		return this.service.record(this.enrolled.id(), details(date, hours), this.apprentice);
	}

	private static OffTheJobDetails details(LocalDate date, String hours) {
		return new OffTheJobDetails(date, new BigDecimal(hours), OffTheJobActivity.STUDY_DAY, null);
	}

	private OffTheJobStatus statusOf(long id) {
		return this.pages.entryToAmend(this.enrolled.id(), id, this.apprentice).status();
	}

	private long version(long id) {
		return this.pages.entryToAmend(this.enrolled.id(), id, this.apprentice).version();
	}

}
