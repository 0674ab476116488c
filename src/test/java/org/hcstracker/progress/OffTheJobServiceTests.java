package org.hcstracker.progress;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import jakarta.persistence.EntityManagerFactory;
import org.hcstracker.people.CurrentUser;
import org.hcstracker.people.Role;
import org.hcstracker.programme.ApprenticeLifecycleService;
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
import static org.assertj.core.api.Assertions.tuple;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@IntegrationTest
class OffTheJobServiceTests {

	@Autowired
	OffTheJobService service;

	@Autowired
	OffTheJobPages pages;

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

	@BeforeEach
	void enrol() {
		this.enrolled = this.testApprentices.enrolNew();
		this.apprentice = this.testEvidence.apprentice(this.enrolled);
		this.coach = this.testEvidence.coach(this.enrolled);
	}

	@Test
	void aWithdrawnApprenticeIsNotOfferedToRecordOrAmendAndIsToldWhyWhileTheCoachStillDecides() throws Exception {
		long entry = this.service.record(this.enrolled.id(), details(2, "3.5", "Study day"), this.apprentice);
		OffTheJobLog before = this.pages.log(this.enrolled.id(), this.apprentice, 0);
		assertThat(before.mayRecord()).isTrue();
		assertThat(before.mayAmend(before.entries().getContent().get(0))).isTrue();

		this.lifecycle.withdraw(this.enrolled.id(), LocalDate.now(), "Left the trust", this.testApprentices.admin());

		OffTheJobLog log = this.pages.log(this.enrolled.id(), this.apprentice, 0);
		assertThat(log.mayRecord()).isFalse();
		assertThat(log.mayAmend(log.entries().getContent().get(0))).isFalse();
		assertThat(log.whyNotRecord()).isEqualTo("otj.apprenticeNotActive");
		this.mvc.perform(get("/apprentices/{a}/off-the-job", this.enrolled.id()).with(user(this.apprentice)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("so you cannot record training")))
			.andExpect(content().string(not(containsString("/off-the-job/" + entry + "/edit"))))
			.andExpect(content().string(not(containsString("id=\"record-heading\""))));
		assertRefused(() -> this.service.amend(this.enrolled.id(), entry, details(2, "4", "Study day"), version(entry),
				this.apprentice), "otj.apprenticeNotActive");

		OffTheJobLog coachLog = this.pages.log(this.enrolled.id(), this.coach, 0);
		assertThat(coachLog.whyNotRecord()).isNull();
		assertThat(coachLog.mayDecide(coachLog.entries().getContent().get(0))).isTrue();
		this.service.approve(this.enrolled.id(), entry, coachLog.entries().getContent().get(0).version(), this.coach);
		OffTheJobLog approved = this.pages.log(this.enrolled.id(), this.coach, 0);
		assertThat(approved.mayDecide(approved.entries().getContent().get(0))).isFalse();
	}

	@Test
	void totalsSeparateApprovedWaitingAndQueriedHours() {
		long approved = record(10, "7.5");
		long queried = record(9, "3");
		record(8, "2.25");
		this.service.approve(this.enrolled.id(), approved, version(approved), this.coach);
		this.service.query(this.enrolled.id(), queried, version(queried), "Which course?", this.coach);

		OffTheJobLog.Totals totals = this.pages.log(this.enrolled.id(), this.coach, 0).totals();

		assertThat(totals.approved()).isEqualByComparingTo("7.5");
		assertThat(totals.awaiting()).isEqualByComparingTo("2.25");
		assertThat(totals.queried()).isEqualByComparingTo("3");
		assertThat(totals.counted()).isEqualByComparingTo("9.75");
		assertThat(totals.target()).isEqualByComparingTo("460");
		assertThat(totals.expected()).isPositive();
	}

	@Test
	void aQueriedEntryCountsAgainOnceAmendedAndApproved() {
		long id = record(5, "4");
		this.service.query(this.enrolled.id(), id, version(id), "Add the course name", this.coach);
		this.service.amend(this.enrolled.id(), id, details(5, "4", "Phlebotomy refresher course"), version(id),
				this.apprentice);
		assertThat(this.pages.log(this.enrolled.id(), this.coach, 0).totals().awaiting()).isEqualByComparingTo("4");
		this.service.approve(this.enrolled.id(), id, version(id), this.coach);
		assertThat(this.pages.log(this.enrolled.id(), this.coach, 0).totals().approved()).isEqualByComparingTo("4");
		assertRefused(
				() -> this.service.amend(this.enrolled.id(), id, details(5, "5", null), version(id), this.apprentice),
				"otj.notEditable");
	}

	@Test
	void hoursAreCheckedOneByOneAndInTotalOnADay() {
		assertRefused(() -> record(3, "7.3"), "otj.hours.invalid");
		assertRefused(() -> record(3, "0"), "otj.hours.invalid");
		record(3, "8");
		record(3, "4");
		assertRefused(() -> record(3, "0.25"), "otj.hours.dayTotal");
		long other = record(4, "6");
		assertRefused(() -> this.service.amend(this.enrolled.id(), other, details(3, "1", null), version(other),
				this.apprentice), "otj.hours.dayTotal");
	}

	@Test
	void datesMayNotBeInTheFutureNorBeforeTheStart() {
		assertRefused(() -> this.service.record(this.enrolled.id(),
				new OffTheJobDetails(LocalDate.now().plusDays(1), BigDecimal.ONE, OffTheJobActivity.OTHER, null),
				this.apprentice), "otj.date.future");
		assertRefused(() -> this.service.record(this.enrolled.id(),
				new OffTheJobDetails(LocalDate.now().minusYears(2), BigDecimal.ONE, OffTheJobActivity.OTHER, null),
				this.apprentice), "otj.date.beforeStart");
	}

	@Test
	void everyRefusalOfAnEntryIsReportedAtOnce() {
		assertThatExceptionOfType(OffTheJobRuleException.class)
			.isThrownBy(() -> this.service.record(this.enrolled.id(),
					new OffTheJobDetails(LocalDate.now().plusDays(1), new BigDecimal("12.1"), OffTheJobActivity.OTHER,
							"x".repeat(1001)),
					this.apprentice))
			.satisfies((ex) -> assertThat(ex.all()).extracting((refusal) -> refusal.getMessageKey())
				.containsExactly("otj.date.future", "otj.hours.invalid", "otj.note.tooLong"));
	}

	@Test
	void aDraftEntryIsCheckedForWhatHasBeenEnteredOnly() {
		record(3, "10");
		assertThat(this.service.refusals(this.enrolled.id(), 0,
				new OffTheJobDraft(LocalDate.now().minusDays(3), new BigDecimal("2.5"), null), this.apprentice))
			.extracting(OffTheJobRuleException::getField, OffTheJobRuleException::getMessageKey)
			.containsExactly(tuple("hours", "otj.hours.dayTotal"));
		assertThat(this.service.refusals(this.enrolled.id(), 0, new OffTheJobDraft(null, new BigDecimal("0.3"), null),
				this.apprentice))
			.extracting(OffTheJobRuleException::getField, OffTheJobRuleException::getMessageKey)
			.containsExactly(tuple("hours", "otj.hours.invalid"));
		assertThat(this.service.refusals(this.enrolled.id(), 0, new OffTheJobDraft(null, null, null), this.apprentice))
			.isEmpty();
		assertThatExceptionOfType(AccessDeniedException.class).isThrownBy(
				() -> this.service.refusals(this.enrolled.id(), 0, new OffTheJobDraft(null, null, null), this.coach));
	}

	@Test
	void hoursTypedWithACommaGetTheQuarterHoursMessageWithTheOtherProblems() throws Exception {
		this.mvc
			.perform(post("/apprentices/{id}/off-the-job", this.enrolled.id()).with(user(this.apprentice))
				.with(csrf())
				.param("date", LocalDate.now().plusDays(1).toString())
				.param("hours", "7,5")
				.param("note", "Phlebotomy course")
				.param("version", "0"))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrorCode("form", "hours", "typeMismatch"))
			.andExpect(model().attributeHasFieldErrorCode("form", "date", "otj.date.future"))
			.andExpect(model().attributeHasFieldErrorCode("form", "activity", "NotNull"))
			.andExpect(content().string(
					containsString("Enter the hours as a number of quarter hours up to 12, for example 7.5 or 7.25.")))
			.andExpect(content().string(containsString("value=\"7,5\"")))
			.andExpect(content().string(containsString("maxlength=\"1000\"")))
			.andExpect(content().string(containsString("Phlebotomy course")));
		this.mvc
			.perform(post("/apprentices/{id}/off-the-job", this.enrolled.id()).with(user(this.apprentice))
				.with(csrf())
				.param("date", LocalDate.now().minusDays(1).toString())
				.param("hours", "12.5")
				.param("activity", "STUDY_DAY")
				.param("version", "0"))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrorCode("form", "hours", "otj.hours.invalid"))
			.andExpect(content().string(
					containsString("Enter the hours as a number of quarter hours up to 12, for example 7.5 or 7.25.")));
		assertThat(this.pages.log(this.enrolled.id(), this.apprentice, 0).entries().getContent()).isEmpty();
	}

	@Test
	void aQueryWithoutAReasonIsAFieldErrorOnThatEntrysForm() throws Exception {
		long id = record(2, "1");
		this.mvc
			.perform(post("/apprentices/{id}/off-the-job/{e}/query", this.enrolled.id(), id).with(user(this.coach))
				.with(csrf())
				.param("reason", "  ")
				.param("version", String.valueOf(version(id)))
				.param("page", "0"))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrorCode("queryForm", "reason", "NotBlank"))
			.andExpect(content().string(containsString("id=\"reason-" + id + "-error\"")))
			.andExpect(content().string(containsString("href=\"#reason-" + id + "\"")))
			.andExpect(content().string(containsString("Write the reason for the query")));
		this.mvc
			.perform(post("/apprentices/{id}/off-the-job/{e}/query", this.enrolled.id(), id).with(user(this.coach))
				.with(csrf())
				.param("reason", "y".repeat(1001))
				.param("version", String.valueOf(version(id)))
				.param("page", "0"))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrorCode("queryForm", "reason", "Size"))
			.andExpect(content().string(containsString("Keep the reason to at most 1,000 characters.")));
		assertThat(this.pages.entryToAmend(this.enrolled.id(), id, this.apprentice).status())
			.isEqualTo(OffTheJobStatus.AWAITING_APPROVAL);
		this.mvc
			.perform(post("/apprentices/{id}/off-the-job/{e}/query", this.enrolled.id(), id).with(user(this.coach))
				.with(csrf())
				.param("reason", "Add the course name")
				.param("version", String.valueOf(version(id)))
				.param("page", "0"))
			.andExpect(status().is3xxRedirection());
		assertThat(this.pages.entryToAmend(this.enrolled.id(), id, this.apprentice).status())
			.isEqualTo(OffTheJobStatus.QUERIED);
	}

	@Test
	void onlyTheApprenticeRecordsAndOnlyTheirCoachDecides() {
		long id = record(2, "1");
		assertThatExceptionOfType(AccessDeniedException.class)
			.isThrownBy(() -> this.service.record(this.enrolled.id(), details(2, "1", null), this.coach));
		assertThatExceptionOfType(AccessDeniedException.class)
			.isThrownBy(() -> this.service.approve(this.enrolled.id(), id, version(id), this.testApprentices.admin()));
		assertThatExceptionOfType(AccessDeniedException.class).isThrownBy(() -> this.service.approve(this.enrolled.id(),
				id, version(id), TestAccounts.signedIn(this.enrolled.lineManager())));
		assertRefused(() -> this.service.query(this.enrolled.id(), id, version(id), " ", this.coach),
				"otj.reason.required");
		assertRefused(() -> this.service.query(this.enrolled.id(), id, version(id), "z".repeat(1001), this.coach),
				"otj.reason.tooLong");
	}

	@Test
	void approvingWhatWasJustAmendedIsAConflict() {
		long id = record(2, "2");
		long seen = version(id);
		this.service.amend(this.enrolled.id(), id, details(2, "2.5", null), seen, this.apprentice);
		assertThatExceptionOfType(ObjectOptimisticLockingFailureException.class)
			.isThrownBy(() -> this.service.approve(this.enrolled.id(), id, seen, this.coach));
	}

	@Test
	void theLogIsClosedToEveryoneOutsideTheApprenticesScope() throws Exception {
		long id = record(2, "2");
		Enrolled other = this.testApprentices.enrolNew();
		for (CurrentUser outsider : List.of(this.testEvidence.apprentice(other), this.testEvidence.coach(other),
				TestAccounts.signedIn(other.lineManager()),
				TestAccounts.signedIn(this.testAccounts.person(Role.ASSESSOR)))) {
			this.mvc.perform(get("/apprentices/{id}/off-the-job", this.enrolled.id()).with(user(outsider)))
				.andExpect(status().isNotFound());
			this.mvc
				.perform(post("/apprentices/{id}/off-the-job/{e}/approve", this.enrolled.id(), id).param("version", "0")
					.with(user(outsider))
					.with(csrf()))
				.andExpect(status().isNotFound());
		}
		this.mvc
			.perform(get("/apprentices/{id}/off-the-job", this.enrolled.id())
				.with(user(TestAccounts.signedIn(this.enrolled.lineManager()))))
			.andExpect(status().isOk());
	}

	@Test
	void theLogPageIssuesAFixedNumberOfStatements() throws Exception {
		SqlStatements statements = new SqlStatements(this.entityManagerFactory);
		record(20, "1");
		long few = statements.count(
				() -> this.mvc.perform(get("/apprentices/{id}/off-the-job", this.enrolled.id()).with(user(this.coach)))
					.andExpect(status().isOk()));
		for (int i = 21; i < 40; i++) {
			record(i, "1.5");
		}
		long many = statements.count(
				() -> this.mvc.perform(get("/apprentices/{id}/off-the-job", this.enrolled.id()).with(user(this.coach)))
					.andExpect(status().isOk()));
		// Plus the unread count of the notifications in the header.
		assertThat(many).isEqualTo(few).isLessThanOrEqualTo(9);
	}

	private long record(int daysAgo, String hours) {
		return this.service.record(this.enrolled.id(), details(daysAgo, hours, null), this.apprentice);
	}

	private static OffTheJobDetails details(int daysAgo, String hours, String note) {
		return new OffTheJobDetails(LocalDate.now().minusDays(daysAgo), new BigDecimal(hours),
				OffTheJobActivity.STUDY_DAY, note);
	}

	private long version(long id) {
		return this.pages.entryToAmend(this.enrolled.id(), id, this.apprentice).version();
	}

	private static void assertRefused(Runnable change, String key) {
		assertThatExceptionOfType(OffTheJobRuleException.class).isThrownBy(change::run)
			.extracting(OffTheJobRuleException::getMessageKey)
			.isEqualTo(key);
	}

}
