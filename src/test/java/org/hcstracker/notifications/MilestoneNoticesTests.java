package org.hcstracker.notifications;

import java.time.LocalDate;
import java.util.List;

import org.hcstracker.epa.EpaElement;
import org.hcstracker.epa.EpaGrade;
import org.hcstracker.epa.EpaGradeService;
import org.hcstracker.epa.EpaResultService;
import org.hcstracker.gateway.GatewayDecisionService;
import org.hcstracker.gateway.GatewayItemService;
import org.hcstracker.people.CurrentUser;
import org.hcstracker.people.Role;
import org.hcstracker.portfolio.EvidenceConversation;
import org.hcstracker.portfolio.EvidenceReviewService;
import org.hcstracker.portfolio.EvidenceService;
import org.hcstracker.testsupport.IntegrationTest;
import org.hcstracker.testsupport.TestAccounts;
import org.hcstracker.testsupport.TestApprentices;
import org.hcstracker.testsupport.TestApprentices.Enrolled;
import org.hcstracker.testsupport.TestEpa;
import org.hcstracker.testsupport.TestEpa.AtGateway;
import org.hcstracker.testsupport.TestEvidence;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The messages of an apprentice's milestones and of evidence conversations, written to
 * the outbox in the change's own transaction and to the right people only: a gateway
 * decision waiting (to the line manager, with reminders, ended by the decision), gateway
 * approved and a certificate to record (to every enabled administrator), an assessor
 * assigned (to the assessor), the grade confirmed and the certificate issued (to the
 * apprentice, the coach and the line manager), and a new message on evidence (to the
 * other party).
 */
@IntegrationTest
class MilestoneNoticesTests {

	@Autowired
	GatewayItemService items;

	@Autowired
	GatewayDecisionService decisions;

	@Autowired
	EvidenceService evidence;

	@Autowired
	EvidenceReviewService review;

	@Autowired
	EvidenceConversation conversation;

	@Autowired
	EpaResultService results;

	@Autowired
	EpaGradeService grades;

	@Autowired
	TestAccounts testAccounts;

	@Autowired
	TestApprentices testApprentices;

	@Autowired
	TestEvidence testEvidence;

	@Autowired
	TestEpa testEpa;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	MockMvc mvc;

	@Autowired
	PlatformTransactionManager transactionManager;

	private Enrolled enrolled;

	private ReadyForGateway ready;

	@BeforeEach
	void enrol() {
		this.enrolled = this.testApprentices.enrolNew();
		this.ready = new ReadyForGateway(this.testEvidence, this.items, this.evidence, this.review);
	}

	@Test
	void aChecklistBecomingReadyAsksTheLineManagerOnceWithTwoReminders() {
		this.ready.allButPortfolio(this.enrolled);
		assertThat(kinds(this.enrolled.id(), "GATEWAY_DECISION%")).isEmpty();

		this.ready.confirmPortfolio(this.enrolled);
		this.ready.confirmPortfolio(this.enrolled);

		assertThat(rows(this.enrolled.id(), "GATEWAY_DECISION%")).containsExactlyInAnyOrder(
				row("GATEWAY_DECISION", this.enrolled.lineManager().id(), "WAITING"),
				row("GATEWAY_DECISION_REMINDER", this.enrolled.lineManager().id(), "WAITING"),
				row("GATEWAY_DECISION_REMINDER", this.enrolled.lineManager().id(), "WAITING"));
	}

	@Test
	void aChecklistMadeReadyByTheSelfAssessmentAcceptedLastAlsoAsksTheLineManager() {
		CurrentUser coach = this.testEvidence.coach(this.enrolled);
		for (int area = 1; area <= 9; area++) {
			this.testEvidence.accepted(this.enrolled, "Area " + area, area);
		}
		this.ready.qualifications(this.enrolled);
		this.items.confirmPortfolio(this.enrolled.id(), coach);
		assertThat(kinds(this.enrolled.id(), "GATEWAY_DECISION%")).isEmpty();

		this.ready.acceptSelfAssessment(this.enrolled);

		assertThat(rows(this.enrolled.id(), "GATEWAY_DECISION"))
			.containsExactly(row("GATEWAY_DECISION", this.enrolled.lineManager().id(), "WAITING"));
	}

	@Test
	void approvingEndsTheRequestAndItsRemindersAndTellsEveryEnabledAdministrator() {
		this.ready.make(this.enrolled);
		long disabledAdmin = this.testAccounts.person(Role.ADMIN).id();
		this.jdbc.sql("update accounts set enabled = false where id = ?").param(disabledAdmin).update();

		this.decisions.approve(this.enrolled.id(), this.testAccounts.organisationFor(Role.ASSESSOR).id(),
				TestAccounts.signedIn(this.enrolled.lineManager()));

		assertThat(statuses(this.enrolled.id(), "GATEWAY_DECISION%")).containsOnly("CANCELLED").hasSize(3);
		List<Long> admins = this.jdbc.sql("select id from accounts where role = 'ADMIN' and enabled order by id")
			.query(Long.class)
			.list();
		assertThat(recipients(this.enrolled.id(), "GATEWAY_APPROVED")).containsExactlyElementsOf(admins)
			.doesNotContain(disabledAdmin);
	}

	@Test
	void decliningEndsTheRequestAndAReadyChecklistRecordedAgainAsksAgain() {
		this.ready.make(this.enrolled);

		this.decisions.decline(this.enrolled.id(), "Finish the leadership evidence first",
				TestAccounts.signedIn(this.enrolled.lineManager()));

		assertThat(statuses(this.enrolled.id(), "GATEWAY_DECISION%")).containsOnly("CANCELLED");
		assertThat(kinds(this.enrolled.id(), "GATEWAY_APPROVED")).isEmpty();
		this.ready.confirmPortfolio(this.enrolled);
		assertThat(statuses(this.enrolled.id(), "GATEWAY_DECISION%")).containsOnly("CANCELLED", "WAITING")
			.filteredOn("WAITING"::equals)
			.hasSize(3);
	}

	@Test
	void aDisabledLineManagerIsNotAsked() {
		this.jdbc.sql("update accounts set enabled = false where id = ?")
			.param(this.enrolled.lineManager().id())
			.update();

		this.ready.make(this.enrolled);

		assertThat(kinds(this.enrolled.id(), "GATEWAY_DECISION%")).isEmpty();
	}

	@Test
	void aGatewayChangeRolledBackWritesNothing() {
		this.ready.allButPortfolio(this.enrolled);

		new TransactionTemplate(this.transactionManager).executeWithoutResult((status) -> {
			this.ready.confirmPortfolio(this.enrolled);
			status.setRollbackOnly();
		});

		assertThat(kinds(this.enrolled.id(), "GATEWAY_DECISION%")).isEmpty();
	}

	@Test
	void theAssessorAssignedHearsOfIt() {
		AtGateway inEpa = this.testEpa.inEpa();

		assertThat(rows(inEpa.id(), "ASSESSOR_ASSIGNED"))
			.containsExactly(row("ASSESSOR_ASSIGNED", inEpa.assessor().id(), "WAITING"));
	}

	@Test
	void theGradeConfirmedAndTheCertificateIssuedAreToldToTheApprenticeTheCoachAndTheLineManager() throws Exception {
		AtGateway inEpa = this.testEpa.inEpa();
		CurrentUser assessor = TestAccounts.signedIn(inEpa.assessor());
		LocalDate day = LocalDate.now().minusDays(3);
		for (EpaElement element : EpaElement.values()) {
			this.results.recordResult(inEpa.id(), element, EpaGrade.PASS, day, null, assessor);
		}
		assertThat(kinds(inEpa.id(), "GRADE_CONFIRMED")).isEmpty();

		CurrentUser admin = this.testApprentices.admin();
		this.grades.confirm(inEpa.id(), assessor);
		this.grades.requestCertificate(inEpa.id(), LocalDate.now().minusDays(1), assessor);
		this.mvc
			.perform(post("/apprentices/" + inEpa.id() + "/epa/certificate/issued")
				.param("date", LocalDate.now().toString())
				.with(user(admin))
				.with(csrf()))
			.andExpect(status().is3xxRedirection());

		List<Long> parties = List.of(inEpa.enrolled().enrolment().accountId(), inEpa.enrolled().coach().id(),
				inEpa.enrolled().lineManager().id());
		assertThat(recipients(inEpa.id(), "GRADE_CONFIRMED")).containsExactlyInAnyOrderElementsOf(parties);
		assertThat(recipients(inEpa.id(), "CERTIFICATE_ISSUED")).containsExactlyInAnyOrderElementsOf(parties);
		assertThat(recipients(inEpa.id(), "CERTIFICATE_TO_RECORD")).containsExactlyElementsOf(
				this.jdbc.sql("select id from accounts where role = 'ADMIN' and enabled order by id")
					.query(Long.class)
					.list());
	}

	@Test
	void aMessageOnEvidenceIsToldToTheOtherPartyOnly() {
		long id = this.testEvidence.submitted(this.enrolled, "Sample reception log", 1);
		long apprentice = this.enrolled.enrolment().accountId();
		long coach = this.enrolled.coach().id();

		this.conversation.post(this.enrolled.id(), id, "Could you look at the second page?",
				this.testEvidence.apprentice(this.enrolled));
		assertThat(rows(this.enrolled.id(), "EVIDENCE_MESSAGE"))
			.containsExactly(row("EVIDENCE_MESSAGE", coach, "WAITING"));

		this.conversation.post(this.enrolled.id(), id, "Yes: add the date of each entry.",
				this.testEvidence.coach(this.enrolled));
		assertThat(recipients(this.enrolled.id(), "EVIDENCE_MESSAGE")).containsExactlyInAnyOrder(coach, apprentice);
		assertThat(this.jdbc.sql("select distinct detail from notifications where apprentice_id = ? and kind = ?")
			.params(this.enrolled.id(), "EVIDENCE_MESSAGE")
			.query(String.class)
			.list()).containsExactly("Sample reception log");
	}

	@Test
	void aDisabledCoachIsToldOfNeitherAMessageNorEvidenceSubmitted() {
		long first = this.testEvidence.submitted(this.enrolled, "Sample reception log", 1);
		long coach = this.enrolled.coach().id();
		this.jdbc.sql("update accounts set enabled = false where id = ?").param(coach).update();
		try {
			this.conversation.post(this.enrolled.id(), first, "Could you look at the second page?",
					this.testEvidence.apprentice(this.enrolled));
			this.testEvidence.submitted(this.enrolled, "Calibration record", 2);

			assertThat(recipients(this.enrolled.id(), "EVIDENCE_MESSAGE")).isEmpty();
			assertThat(recipients(this.enrolled.id(), "EVIDENCE_SUBMITTED")).as("only the one before")
				.containsExactly(coach);
		}
		finally {
			this.jdbc.sql("update accounts set enabled = true where id = ?").param(coach).update();
		}
	}

	@Test
	void aMessageOnEvidenceRolledBackWritesNothing() {
		long id = this.testEvidence.submitted(this.enrolled, "Sample reception log", 1);

		new TransactionTemplate(this.transactionManager).executeWithoutResult((status) -> {
			this.conversation.post(this.enrolled.id(), id, "Could you look at the second page?",
					this.testEvidence.apprentice(this.enrolled));
			status.setRollbackOnly();
		});

		assertThat(kinds(this.enrolled.id(), "EVIDENCE_MESSAGE")).isEmpty();
	}

	private static String row(String kind, long recipientId, String status) {
		return kind + " to " + recipientId + ": " + status;
	}

	private List<String> rows(long apprenticeId, String kinds) {
		return this.jdbc.sql("""
				select kind || ' to ' || recipient_id || ': ' || status from notifications
				where apprentice_id = ? and kind like ?""").params(apprenticeId, kinds).query(String.class).list();
	}

	private List<String> kinds(long apprenticeId, String kinds) {
		return this.jdbc.sql("select kind from notifications where apprentice_id = ? and kind like ?")
			.params(apprenticeId, kinds)
			.query(String.class)
			.list();
	}

	private List<String> statuses(long apprenticeId, String kinds) {
		return this.jdbc.sql("select status from notifications where apprentice_id = ? and kind like ?")
			.params(apprenticeId, kinds)
			.query(String.class)
			.list();
	}

	private List<Long> recipients(long apprenticeId, String kind) {
		return this.jdbc
			.sql("select recipient_id from notifications where apprentice_id = ? and kind = ? order by recipient_id")
			.params(apprenticeId, kind)
			.query(Long.class)
			.list();
	}

}
