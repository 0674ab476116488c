package org.hcstracker.gateway;

import java.io.ByteArrayOutputStream;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.hcstracker.audit.AuditEventView;
import org.hcstracker.audit.AuditQuery;
import org.hcstracker.audit.AuditService;
import org.hcstracker.people.CurrentUser;
import org.hcstracker.people.OrganisationView;
import org.hcstracker.people.Role;
import org.hcstracker.portfolio.EvidenceDetails;
import org.hcstracker.portfolio.EvidenceReviewService;
import org.hcstracker.portfolio.EvidenceService;
import org.hcstracker.portfolio.EvidenceType;
import org.hcstracker.portfolio.PortfolioFacts;
import org.hcstracker.programme.ApprenticeDirectory;
import org.hcstracker.programme.ApprenticeNotFoundException;
import org.hcstracker.programme.ApprenticeStatus;
import org.hcstracker.testsupport.IntegrationTest;
import org.hcstracker.testsupport.SampleFiles;
import org.hcstracker.testsupport.TestAccounts;
import org.hcstracker.testsupport.TestApprentices;
import org.hcstracker.testsupport.TestApprentices.Enrolled;
import org.hcstracker.testsupport.TestEvidence;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.result.MockMvcResultMatchers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

@IntegrationTest
class GatewayServiceTests {

	@Autowired
	GatewayChecklistService checklists;

	@Autowired
	GatewayItemService items;

	@Autowired
	GatewayDecisionService decisions;

	@Autowired
	GatewayFacts facts;

	@Autowired
	EvidenceService evidence;

	@Autowired
	EvidenceReviewService review;

	@Autowired
	PortfolioFacts portfolio;

	@Autowired
	ApprenticeDirectory directory;

	@Autowired
	AuditService audit;

	@Autowired
	TestAccounts testAccounts;

	@Autowired
	TestApprentices testApprentices;

	@Autowired
	TestEvidence testEvidence;

	@Autowired
	MockMvc mvc;

	private Enrolled enrolled;

	private CurrentUser coach;

	private CurrentUser lineManager;

	private OrganisationView epao;

	@BeforeEach
	void enrol() {
		this.enrolled = this.testApprentices.enrolNew();
		this.coach = this.testEvidence.coach(this.enrolled);
		this.lineManager = TestAccounts.signedIn(this.enrolled.lineManager());
		this.epao = this.testAccounts.organisationFor(Role.ASSESSOR);
	}

	@Test
	void aNewApprenticeIsNotReadyAndEveryItemSaysWhy() {
		Checklist checklist = this.checklists.checklist(this.enrolled.id(), this.lineManager);
		assertThat(checklist.readiness().ready()).isFalse();
		assertThat(checklist.readiness().met()).isZero();
		assertThat(checklist.readiness().items()).allMatch((item) -> !item.reasons().isEmpty());
		assertThat(checklist.lineManager()).isTrue();
		assertThat(checklist.coach()).isFalse();
	}

	@Test
	void anApprenticeMissingOneAreaIsNotReadyAndTheAreaIsNamed() {
		for (int area = 1; area <= 8; area++) {
			this.testEvidence.accepted(this.enrolled, "Area " + area, area);
		}
		recordQualifications();
		acceptSelfAssessment();
		assertRefused(() -> this.items.confirmPortfolio(this.enrolled.id(), this.coach),
				"gateway.portfolio.areasMissing");

		Readiness readiness = this.checklists.checklist(this.enrolled.id(), this.coach).readiness();
		assertThat(readiness.ready()).isFalse();
		assertThat(readiness.met()).isEqualTo(4);
		assertThat(readiness.items().get(3).reasons().get(0).arguments()).containsExactly("9. Leadership");
		assertRefused(() -> this.decisions.approve(this.enrolled.id(), this.epao.id(), this.lineManager),
				"gateway.approve.notReady");
		assertThat(status()).isEqualTo(ApprenticeStatus.ON_PROGRAMME);
	}

	@Test
	void onlyTheOwnLineManagerApprovesAReadyApprenticeAndOnlyOnce() {
		makeReady();
		assertThat(this.checklists.checklist(this.enrolled.id(), this.coach).readiness().ready()).isTrue();
		CurrentUser colleague = TestAccounts
			.signedIn(this.testAccounts.person(Role.EMPLOYER, this.enrolled.lineManager().organisationId()));
		for (CurrentUser notTheLineManager : List.of(this.coach, colleague, this.testApprentices.admin(),
				this.testEvidence.apprentice(this.enrolled))) {
			assertRefused(() -> this.decisions.approve(this.enrolled.id(), this.epao.id(), notTheLineManager),
					"gateway.decision.notLineManager");
		}
		assertThatExceptionOfType(ApprenticeNotFoundException.class)
			.isThrownBy(() -> this.decisions.approve(this.enrolled.id(), this.epao.id(),
					TestAccounts.signedIn(this.testApprentices.enrolNew().lineManager())));
		assertThat(status()).isEqualTo(ApprenticeStatus.ON_PROGRAMME);

		this.decisions.approve(this.enrolled.id(), this.epao.id(), this.lineManager);

		assertThat(status()).isEqualTo(ApprenticeStatus.GATEWAY);
		assertThat(this.directory.profile(this.enrolled.id(), this.coach).epaoName()).isEqualTo(this.epao.name());
		assertRefused(() -> this.decisions.approve(this.enrolled.id(), this.epao.id(), this.lineManager),
				"gateway.approve.already");
		assertRefused(() -> this.items.recordQualification(this.enrolled.id(), GatewayItem.MATHS,
				QualificationBasis.EXEMPT, null, "Changed", null, this.coach), "gateway.items.afterGateway");
		assertThat(this.checklists.checklist(this.enrolled.id(), this.coach).decisions())
			.extracting(GatewayDecision.DecisionView::kind)
			.containsExactly(GatewayDecision.Kind.APPROVED);
		assertThat(auditActions()).contains("GATEWAY_ITEM_RECORDED", "GATEWAY_APPROVED");
	}

	@Test
	void theChecklistOffersOnlyWhatTheServiceWouldDoAndSaysWhyNot() {
		for (int area = 1; area <= 6; area++) {
			this.testEvidence.accepted(this.enrolled, "Area " + area, area);
		}
		GatewayActions coachActions = this.checklists.checklist(this.enrolled.id(), this.coach).actions();
		assertThat(coachActions.recordItems()).isTrue();
		assertThat(coachActions.confirmPortfolio().messageKey()).isEqualTo("gateway.portfolio.areasMissing");
		assertThat(coachActions.confirmPortfolio().arguments())
			.containsExactly("7. Audit and service improvement, 8. Research and innovation, 9. Leadership");
		assertThat(coachActions.approve().concernsViewer()).isFalse();
		assertRefused(() -> this.items.confirmPortfolio(this.enrolled.id(), this.coach),
				coachActions.confirmPortfolio().messageKey());
		GatewayActions lineManagerActions = this.checklists.checklist(this.enrolled.id(), this.lineManager).actions();
		assertThat(lineManagerActions.recordItems()).isFalse();
		assertThat(lineManagerActions.approve().messageKey()).isEqualTo("gateway.approve.notReady");
		assertThat(lineManagerActions.decline()).isNull();
		assertThat(lineManagerActions.withdraw().messageKey()).isEqualTo("gateway.withdraw.notAtGateway");
		assertRefused(() -> this.decisions.approve(this.enrolled.id(), this.epao.id(), this.lineManager),
				lineManagerActions.approve().messageKey());
		assertRefused(() -> this.decisions.withdraw(this.enrolled.id(), "Too early", this.lineManager),
				lineManagerActions.withdraw().messageKey());

		for (int area = 7; area <= 9; area++) {
			this.testEvidence.accepted(this.enrolled, "Area " + area, area);
		}
		assertThat(this.checklists.checklist(this.enrolled.id(), this.coach).actions().confirmPortfolio()).isNull();
		recordQualifications();
		acceptSelfAssessment();
		this.items.confirmPortfolio(this.enrolled.id(), this.coach);
		assertThat(this.checklists.checklist(this.enrolled.id(), this.lineManager).actions().approve()).isNull();
		this.decisions.approve(this.enrolled.id(), this.epao.id(), this.lineManager);

		GatewayActions atGateway = this.checklists.checklist(this.enrolled.id(), this.lineManager).actions();
		assertThat(atGateway.approve().messageKey()).isEqualTo("gateway.approve.already");
		assertThat(atGateway.decline().messageKey()).isEqualTo("gateway.decline.notOnProgramme");
		assertThat(atGateway.withdraw()).isNull();
		assertThat(this.checklists.checklist(this.enrolled.id(), this.coach).actions().recordItems()).isFalse();
	}

	@Test
	void gatewayIsApprovedOnlyFromTheStepThatRestatesIt() throws Exception {
		makeReady();
		String page = "/apprentices/" + this.enrolled.id() + "/gateway";
		this.mvc.perform(get(page).with(user(this.lineManager)))
			.andExpect(content().string(containsString("<option value=\"\">Choose…</option>")))
			.andExpect(content().string(not(containsString("selected"))));
		this.mvc.perform(post(page + "/approve").with(user(this.lineManager)).with(csrf()))
			.andExpect(MockMvcResultMatchers.status().isOk())
			.andExpect(content().string(containsString("There is a problem")))
			.andExpect(content().string(containsString("Choose the end-point assessment organisation.")));
		this.mvc
			.perform(post(page + "/approve").param("epaoId", String.valueOf(this.epao.id()))
				.with(user(this.lineManager))
				.with(csrf()))
			.andExpect(MockMvcResultMatchers.status().isOk())
			.andExpect(content().string(containsString("to be assessed by " + this.epao.name())))
			.andExpect(content().string(containsString("Confirm: approve gateway")));
		assertThat(status()).as("nothing recorded until confirmed").isEqualTo(ApprenticeStatus.ON_PROGRAMME);
		this.mvc
			.perform(post(page + "/approve").param("epaoId", String.valueOf(this.epao.id()))
				.param("confirmed", "true")
				.with(user(this.lineManager))
				.with(csrf()))
			.andExpect(flash().attribute("flashMessage", "gateway.approved"));
		assertThat(status()).isEqualTo(ApprenticeStatus.GATEWAY);
	}

	@Test
	void listsWorkOutReadinessByTheSameRuleAsTheChecklist() {
		Enrolled notReady = this.testApprentices.enrolNew();
		assertThat(this.facts.decisionsWaiting(this.lineManager)).isEmpty();
		makeReady();
		assertThat(this.facts.decisionsWaiting(this.lineManager))
			.extracting(org.hcstracker.programme.ApprenticeName::id)
			.containsExactly(this.enrolled.id());
		java.util.Map<Long, Readiness> readiness = this.facts.readinessOf(List.of(this.enrolled.id(), notReady.id()));
		assertThat(readiness.get(this.enrolled.id()).ready()).isTrue();
		assertThat(readiness.get(notReady.id()).met()).isZero();
		assertThat(readiness.get(notReady.id()).items())
			.isEqualTo(this.checklists.checklist(notReady.id(), this.testApprentices.admin()).readiness().items());
		this.decisions.approve(this.enrolled.id(), this.epao.id(), this.lineManager);
		assertThat(this.facts.decisionsWaiting(this.lineManager)).isEmpty();
	}

	@Test
	void anApprovalIsWithdrawnWithAReasonBeforeAnAssessorIsAssigned() {
		makeReady();
		assertRefused(() -> this.decisions.withdraw(this.enrolled.id(), "Not yet", this.lineManager),
				"gateway.withdraw.notAtGateway");
		this.decisions.approve(this.enrolled.id(), this.epao.id(), this.lineManager);
		assertRefused(() -> this.decisions.withdraw(this.enrolled.id(), "  ", this.lineManager),
				"gateway.reason.required");

		this.decisions.withdraw(this.enrolled.id(), "The Diploma certificate was issued in error", this.lineManager);

		assertThat(status()).isEqualTo(ApprenticeStatus.ON_PROGRAMME);
		assertThat(this.checklists.checklist(this.enrolled.id(), this.coach).decisions())
			.extracting(GatewayDecision.DecisionView::kind, GatewayDecision.DecisionView::reason)
			.containsExactly(org.assertj.core.groups.Tuple.tuple(GatewayDecision.Kind.APPROVED, null),
					org.assertj.core.groups.Tuple.tuple(GatewayDecision.Kind.WITHDRAWN,
							"The Diploma certificate was issued in error"));
		assertThat(auditActions()).contains("GATEWAY_WITHDRAWN");
	}

	@Test
	void aDeclineRecordsItsReasonForTheCoachAndTheApprentice() {
		assertRefused(() -> this.decisions.decline(this.enrolled.id(), "", this.lineManager),
				"gateway.reason.required");
		this.decisions.decline(this.enrolled.id(), "Finish the leadership evidence first", this.lineManager);
		for (CurrentUser viewer : List.of(this.coach, this.testEvidence.apprentice(this.enrolled))) {
			assertThat(this.checklists.checklist(this.enrolled.id(), viewer).decisions())
				.extracting(GatewayDecision.DecisionView::reason)
				.containsExactly("Finish the leadership evidence first");
		}
		assertThat(status()).isEqualTo(ApprenticeStatus.ON_PROGRAMME);
	}

	@Test
	void theCoachRecordsQualificationsOnTheirGrounds() {
		assertRefused(() -> this.items.recordQualification(this.enrolled.id(), GatewayItem.DIPLOMA,
				QualificationBasis.EXEMPT, null, "No", null, this.coach), "gateway.basis.invalid");
		assertRefused(() -> this.items.recordQualification(this.enrolled.id(), GatewayItem.MATHS,
				QualificationBasis.EXEMPT, null, " ", null, this.coach), "gateway.detail.exemptReason");
		assertRefused(
				() -> this.items.recordQualification(this.enrolled.id(), GatewayItem.MATHS,
						QualificationBasis.CERTIFICATE, null, "GCSE grade 5", null, this.coach),
				"gateway.date.required");
		assertRefused(
				() -> this.items.recordQualification(this.enrolled.id(), GatewayItem.MATHS,
						QualificationBasis.CERTIFICATE, LocalDate.now().plusDays(1), "GCSE grade 5", null, this.coach),
				"gateway.date.future");
		assertThatExceptionOfType(AccessDeniedException.class)
			.isThrownBy(() -> this.items.recordQualification(this.enrolled.id(), GatewayItem.MATHS,
					QualificationBasis.EXEMPT, null, "Reason", null, this.lineManager));

		this.items.recordQualification(this.enrolled.id(), GatewayItem.ENGLISH, QualificationBasis.EXEMPT, null,
				"Degree taught in English", null, this.coach);
		Readiness.ItemStatus english = this.checklists.checklist(this.enrolled.id(), this.coach)
			.readiness()
			.items()
			.get(1);
		assertThat(english.met()).isTrue();
		assertThat(english.detail()).isEqualTo("Degree taught in English");
		assertThat(english.confirmedBy()).isEqualTo(this.coach.name());
	}

	@Test
	void everyRefusalOfAnItemIsReportedAtOnce() {
		assertThatExceptionOfType(GatewayRuleException.class)
			.isThrownBy(() -> this.items.recordQualification(this.enrolled.id(), GatewayItem.MATHS,
					QualificationBasis.CERTIFICATE, LocalDate.now().plusDays(1), " ", null, this.coach))
			.satisfies((ex) -> assertThat(ex.all()).extracting((refusal) -> refusal.getMessageKey())
				.containsExactly("gateway.detail.required", "gateway.date.future", "gateway.certificate.required"));
		assertThat(this.items.refusalsOfItem(this.enrolled.id(), GatewayItem.MATHS, null, null, "", null, this.coach))
			.extracting(GatewayRuleException::getMessageKey)
			.containsExactly("gateway.detail.required");
		assertThat(this.items.refusalsOfItem(this.enrolled.id(), GatewayItem.MATHS, QualificationBasis.EXEMPT,
				LocalDate.now().plusDays(1), "Degree", null, this.coach))
			.isEmpty();
		assertThatExceptionOfType(AccessDeniedException.class).isThrownBy(() -> this.items
			.refusalsOfItem(this.enrolled.id(), GatewayItem.MATHS, null, null, "", null, this.lineManager));
	}

	@Test
	void aCertificateOrTheDiplomaIsRecordedOnlyWithACopyWhichThenStands() {
		LocalDate achieved = LocalDate.now().minusMonths(1);
		assertRefused(
				() -> this.items.recordQualification(this.enrolled.id(), GatewayItem.DIPLOMA,
						QualificationBasis.ACHIEVED, achieved, "Diploma", null, this.coach),
				"gateway.certificate.required");
		assertRefused(() -> this.items.recordQualification(this.enrolled.id(), GatewayItem.MATHS,
				QualificationBasis.CERTIFICATE, achieved, "GCSE", SampleFiles.upload("blank.pdf", new byte[0]),
				this.coach), "file.empty");
		assertRefused(() -> this.items.recordQualification(this.enrolled.id(), GatewayItem.MATHS,
				QualificationBasis.CERTIFICATE, achieved, "GCSE",
				SampleFiles.upload("certificate.pdf", SampleFiles.html()), this.coach), "file.disguised");
		assertRefused(
				() -> this.items.recordQualification(this.enrolled.id(), GatewayItem.MATHS,
						QualificationBasis.CERTIFICATE, achieved, "GCSE",
						SampleFiles.upload("certificate.docx", SampleFiles.docx()), this.coach),
				"gateway.certificate.type");
		assertRefused(
				() -> this.items.recordQualification(this.enrolled.id(), GatewayItem.MATHS, QualificationBasis.EXEMPT,
						null, "Degree", SampleFiles.upload("degree.pdf", SampleFiles.pdf()), this.coach),
				"gateway.certificate.exempt");
		Checklist refused = this.checklists.checklist(this.enrolled.id(), this.coach);
		assertThat(refused.readiness().items().get(0).basis()).isNull();
		assertThat(refused.readiness().items().get(2).basis()).isNull();

		this.items.recordQualification(this.enrolled.id(), GatewayItem.DIPLOMA, QualificationBasis.ACHIEVED, achieved,
				"Diploma HS4-1", SampleFiles.upload("diploma.pdf", SampleFiles.pdf()), this.coach);
		CertificateView first = this.checklists.checklist(this.enrolled.id(), this.coach)
			.certificate(GatewayItem.DIPLOMA);
		assertThat(first).isNotNull();
		assertThat(first.fileName()).isEqualTo("diploma.pdf");
		assertThat(first.contentType()).isEqualTo("application/pdf");

		this.items.recordQualification(this.enrolled.id(), GatewayItem.DIPLOMA, QualificationBasis.ACHIEVED, achieved,
				"Diploma HS4-1, number corrected", null, this.coach);
		Checklist kept = this.checklists.checklist(this.enrolled.id(), this.coach);
		assertThat(kept.certificate(GatewayItem.DIPLOMA)).isEqualTo(first);
		assertThat(kept.readiness().items().get(2).met()).isTrue();
		assertThat(kept.readiness().items().get(2).detail()).isEqualTo("Diploma HS4-1, number corrected");

		this.items.recordQualification(this.enrolled.id(), GatewayItem.DIPLOMA, QualificationBasis.ACHIEVED, achieved,
				"Diploma HS4-1", SampleFiles.upload("diploma-scan.png", SampleFiles.png()), this.coach);
		CertificateView second = this.checklists.checklist(this.enrolled.id(), this.coach)
			.certificate(GatewayItem.DIPLOMA);
		assertThat(second.fileName()).isEqualTo("diploma-scan.png");
		assertThat(this.checklists.certificate(this.enrolled.id(), first.id(), this.coach).fileName())
			.as("the earlier copy is kept")
			.isEqualTo("diploma.pdf");

		this.items.recordQualification(this.enrolled.id(), GatewayItem.MATHS, QualificationBasis.CERTIFICATE, achieved,
				"GCSE", SampleFiles.upload("gcse.pdf", SampleFiles.pdf()), this.coach);
		this.items.recordQualification(this.enrolled.id(), GatewayItem.MATHS, QualificationBasis.EXEMPT, null,
				"Degree in mathematics", null, this.coach);
		assertThat(this.checklists.checklist(this.enrolled.id(), this.coach).certificate(GatewayItem.MATHS)).isNull();
		assertThat(auditActions()).filteredOn("GATEWAY_CERTIFICATE_UPLOADED"::equals).hasSize(3);
	}

	@Test
	void aCertificateIsReadWholeByEveryoneWhoMaySeeTheApprenticeAndByNoOneElse() throws Exception {
		byte[] content = SampleFiles.pdf();
		this.items.recordQualification(this.enrolled.id(), GatewayItem.ENGLISH, QualificationBasis.CERTIFICATE,
				LocalDate.now().minusYears(3), "GCSE English", SampleFiles.upload("english.pdf", content), this.coach);
		long id = this.checklists.checklist(this.enrolled.id(), this.coach).certificate(GatewayItem.ENGLISH).id();
		for (CurrentUser viewer : List.of(this.coach, this.lineManager, this.testApprentices.admin(),
				this.testEvidence.apprentice(this.enrolled))) {
			CertificateView certificate = this.checklists.certificate(this.enrolled.id(), id, viewer);
			ByteArrayOutputStream out = new ByteArrayOutputStream();
			this.checklists.writeCertificate(certificate, out);
			assertThat(out.toByteArray()).isEqualTo(content);
		}
		Enrolled other = this.testApprentices.enrolNew();
		assertThatExceptionOfType(ApprenticeNotFoundException.class)
			.isThrownBy(() -> this.checklists.certificate(this.enrolled.id(), id, this.testEvidence.apprentice(other)));
		assertThatExceptionOfType(CertificateNotFoundException.class)
			.isThrownBy(() -> this.checklists.certificate(other.id(), id, this.testApprentices.admin()));
	}

	@Test
	void theChecklistIsClosedToEveryoneOutsideTheApprenticesScope() {
		Enrolled other = this.testApprentices.enrolNew();
		for (CurrentUser outsider : List.of(this.testEvidence.apprentice(other), this.testEvidence.coach(other),
				TestAccounts.signedIn(other.lineManager()),
				TestAccounts.signedIn(this.testAccounts.person(Role.ASSESSOR)))) {
			assertThatExceptionOfType(ApprenticeNotFoundException.class)
				.isThrownBy(() -> this.checklists.checklist(this.enrolled.id(), outsider));
		}
	}

	private void makeReady() {
		for (int area = 1; area <= 9; area++) {
			this.testEvidence.accepted(this.enrolled, "Area " + area, area);
		}
		recordQualifications();
		acceptSelfAssessment();
		this.items.confirmPortfolio(this.enrolled.id(), this.coach);
	}

	private void recordQualifications() {
		LocalDate achieved = LocalDate.now().minusMonths(2);
		this.items.recordQualification(this.enrolled.id(), GatewayItem.MATHS, QualificationBasis.PRIOR_ATTAINMENT,
				achieved, "GCSE mathematics grade 6 (2019), certificate seen", null, this.coach);
		this.items.recordQualification(this.enrolled.id(), GatewayItem.ENGLISH, QualificationBasis.CERTIFICATE,
				achieved, "Functional Skills English Level 2, certificate 88213", certificate(), this.coach);
		this.items.recordQualification(this.enrolled.id(), GatewayItem.DIPLOMA, QualificationBasis.ACHIEVED, achieved,
				"Level 4 Diploma in Healthcare Science, certificate HS4-1102", certificate(), this.coach);
	}

	private static org.hcstracker.files.Upload certificate() {
		return SampleFiles.upload("certificate.pdf", SampleFiles.pdf());
	}

	private void acceptSelfAssessment() {
		CurrentUser apprentice = this.testEvidence.apprentice(this.enrolled);
		long id = this.evidence.create(this.enrolled.id(),
				new EvidenceDetails("My reflective self-assessment", LocalDate.now().minusDays(1),
						EvidenceType.REFLECTIVE_SELF_ASSESSMENT, "How I meet the standard.", Set.of(), Set.of()),
				true, apprentice);
		this.review.accept(this.enrolled.id(), id, this.testEvidence.version(this.enrolled, id), null, this.coach);
	}

	private ApprenticeStatus status() {
		return this.directory.reference(this.enrolled.id(), this.coach).status();
	}

	private List<String> auditActions() {
		return this.audit.find(AuditQuery.aboutApprentice(this.enrolled.id()), 0, 100)
			.getContent()
			.stream()
			.map(AuditEventView::action)
			.toList();
	}

	private static void assertRefused(Runnable change, String key) {
		assertThatExceptionOfType(GatewayRuleException.class).isThrownBy(change::run)
			.extracting(GatewayRuleException::getMessageKey)
			.isEqualTo(key);
	}

}
