package org.hcstracker.epa;

import java.time.LocalDate;
import java.util.List;

import org.hcstracker.audit.AuditEventView;
import org.hcstracker.audit.AuditQuery;
import org.hcstracker.audit.AuditService;
import org.hcstracker.gateway.GatewayRuleException;
import org.hcstracker.gateway.GatewayDecisionService;
import org.hcstracker.people.AccountView;
import org.hcstracker.people.CurrentUser;
import org.hcstracker.people.Role;
import org.hcstracker.portfolio.EvidenceNotFoundException;
import org.hcstracker.portfolio.EvidenceStatus;
import org.hcstracker.portfolio.PortfolioPages;
import org.hcstracker.programme.ApprenticeDirectory;
import org.hcstracker.programme.ApprenticeLists;
import org.hcstracker.programme.ApprenticeNotFoundException;
import org.hcstracker.programme.ApprenticeStatus;
import org.hcstracker.programme.ProgrammeRuleException;
import org.hcstracker.programme.TimelineEntry;
import org.hcstracker.testsupport.IntegrationTest;
import org.hcstracker.testsupport.TestAccounts;
import org.hcstracker.testsupport.TestApprentices;
import org.hcstracker.testsupport.TestEpa;
import org.hcstracker.testsupport.TestEpa.AtGateway;
import org.hcstracker.testsupport.TestEvidence;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * End-point assessment through its service: assignment, who may record, confirmation,
 * amendment, completion and the certificate, and the trail each leaves.
 */
@IntegrationTest
class EpaServiceTests {

	@Autowired
	EpaPageService pages;

	@Autowired
	EpaAdminService administration;

	@Autowired
	EpaResultService results;

	@Autowired
	EpaGradeService grades;

	@Autowired
	EpaListService lists;

	@Autowired
	GatewayDecisionService gateway;

	@Autowired
	PortfolioPages portfolio;

	@Autowired
	ApprenticeDirectory directory;

	@Autowired
	ApprenticeLists apprenticeLists;

	@Autowired
	AuditService audit;

	@Autowired
	TestEpa testEpa;

	@Autowired
	TestApprentices testApprentices;

	@Autowired
	TestAccounts testAccounts;

	@Autowired
	TestEvidence testEvidence;

	private final LocalDate day = LocalDate.now().minusDays(3);

	@Test
	void theAdminAssignsAnAssessorOfTheChosenEpaoOnlyAtGatewayAndMayReassignWithinIt() {
		AtGateway atGateway = this.testEpa.atGateway();
		CurrentUser admin = this.testApprentices.admin();
		AccountView otherEpaos = this.testAccounts.person(Role.ASSESSOR);
		assertProgrammeRefused(() -> this.administration.assign(atGateway.id(), otherEpaos.id(), admin),
				"apprentice.assessor.otherEpao");
		assertProgrammeRefused(
				() -> this.administration.assign(atGateway.id(), atGateway.enrolled().coach().id(), admin),
				"apprentice.assessor.invalid");
		for (CurrentUser notAdmin : List.of(coach(atGateway), lineManager(atGateway), assessor(atGateway))) {
			assertThatExceptionOfType(RuntimeException.class)
				.isThrownBy(() -> this.administration.assign(atGateway.id(), atGateway.assessor().id(), notAdmin))
				.isInstanceOfAny(AccessDeniedException.class, ApprenticeNotFoundException.class);
		}
		assertThat(status(atGateway)).isEqualTo(ApprenticeStatus.GATEWAY);

		this.administration.assign(atGateway.id(), atGateway.assessor().id(), admin);

		assertThat(status(atGateway)).isEqualTo(ApprenticeStatus.IN_EPA);
		assertThat(this.directory.profile(atGateway.id(), admin).assessorName()).isEqualTo(atGateway.assessor().name());
		assertProgrammeRefused(() -> this.administration.assign(atGateway.id(), atGateway.assessor().id(), admin),
				"apprentice.assessor.same");
		AccountView colleague = this.testAccounts.person(Role.ASSESSOR, atGateway.epao().id());
		this.administration.assign(atGateway.id(), colleague.id(), admin);
		assertThat(this.directory.profile(atGateway.id(), admin).assessorName()).isEqualTo(colleague.name());
		assertThatExceptionOfType(ApprenticeNotFoundException.class)
			.as("the assessor taken off no longer sees the apprentice")
			.isThrownBy(() -> this.pages.page(atGateway.id(), assessor(atGateway)));
		assertThat(this.directory.page(atGateway.id(), admin).timeline()).extracting(TimelineEntry::kind)
			.contains(org.hcstracker.programme.ApprenticeEventKind.ASSESSOR_ASSIGNED,
					org.hcstracker.programme.ApprenticeEventKind.ASSESSOR_CHANGED);

		AtGateway onProgramme = this.testEpa.atGateway();
		this.gateway.withdraw(onProgramme.id(), "Not yet", lineManager(onProgramme));
		assertRefused(() -> this.administration.assign(onProgramme.id(), onProgramme.assessor().id(), admin),
				"apprentice.assessor.notAtGateway");
	}

	@Test
	void theGatewayApprovalIsLockedOnceInEpa() {
		AtGateway inEpa = this.testEpa.inEpa();
		assertThatExceptionOfType(GatewayRuleException.class)
			.isThrownBy(() -> this.gateway.withdraw(inEpa.id(), "Changed my mind", lineManager(inEpa)))
			.extracting(GatewayRuleException::getMessageKey)
			.isEqualTo("gateway.withdraw.notAtGateway");
		assertThat(status(inEpa)).isEqualTo(ApprenticeStatus.IN_EPA);
	}

	@Test
	void theAssessorSeesOnlyTheirAssignedApprenticesAndTheirAcceptedEvidence() {
		AtGateway atGateway = this.testEpa.atGateway();
		long accepted = this.testEvidence.accepted(atGateway.enrolled(), "Accepted work", 1);
		long draft = this.testEvidence.draft(atGateway.enrolled(), "Draft work", 2);
		long submitted = this.testEvidence.submitted(atGateway.enrolled(), "Submitted work", 3);
		assertThatExceptionOfType(ApprenticeNotFoundException.class).as("not before assignment")
			.isThrownBy(() -> this.pages.page(atGateway.id(), assessor(atGateway)));

		this.administration.assign(atGateway.id(), atGateway.assessor().id(), this.testApprentices.admin());

		CurrentUser assessor = assessor(atGateway);
		assertThat(this.portfolio.evidence(atGateway.id(), accepted, assessor).status())
			.isEqualTo(EvidenceStatus.ACCEPTED);
		for (long hidden : List.of(draft, submitted)) {
			assertThatExceptionOfType(EvidenceNotFoundException.class)
				.isThrownBy(() -> this.portfolio.evidence(atGateway.id(), hidden, assessor));
		}
		AtGateway someoneElses = this.testEpa.inEpa();
		assertThatExceptionOfType(ApprenticeNotFoundException.class)
			.isThrownBy(() -> this.pages.page(someoneElses.id(), assessor));
		assertThatExceptionOfType(ApprenticeNotFoundException.class).isThrownBy(() -> this.results
			.recordResult(someoneElses.id(), EpaElement.VCO, EpaGrade.PASS, this.day, null, assessor));
		assertThat(this.apprenticeLists.assessed(assessor, 0).getContent()).extracting((row) -> row.id())
			.containsExactly(atGateway.id());
	}

	@Test
	void onlyTheAssignedAssessorRecordsAndEveryoneElseMayOnlyRead() {
		AtGateway inEpa = this.testEpa.inEpa();
		for (CurrentUser reader : List.of(this.testApprentices.admin(), coach(inEpa), lineManager(inEpa),
				this.testEvidence.apprentice(inEpa.enrolled()))) {
			assertThat(this.pages.page(inEpa.id(), reader).actions().record()).isFalse();
			assertThatExceptionOfType(AccessDeniedException.class).isThrownBy(
					() -> this.results.recordResult(inEpa.id(), EpaElement.VCO, EpaGrade.PASS, this.day, null, reader));
			assertThatExceptionOfType(AccessDeniedException.class)
				.isThrownBy(() -> this.grades.confirm(inEpa.id(), reader));
			assertThatExceptionOfType(AccessDeniedException.class)
				.isThrownBy(() -> this.grades.amend(inEpa.id(), EpaElement.VCO, EpaGrade.FAIL, "Reason", reader));
			assertThatExceptionOfType(AccessDeniedException.class)
				.isThrownBy(() -> this.grades.requestCertificate(inEpa.id(), this.day, reader));
		}
		AccountView sameEpaoNotAssigned = this.testAccounts.person(Role.ASSESSOR, inEpa.epao().id());
		assertThatExceptionOfType(ApprenticeNotFoundException.class)
			.isThrownBy(() -> this.results.recordResult(inEpa.id(), EpaElement.VCO, EpaGrade.PASS, this.day, null,
					TestAccounts.signedIn(sameEpaoNotAssigned)));
		assertThat(this.pages.page(inEpa.id(), assessor(inEpa)).history()).isEmpty();
	}

	@Test
	void aConfirmedMeritCompletesTheApprenticeshipAndTheCertificateFollows() {
		AtGateway inEpa = this.testEpa.inEpa();
		CurrentUser assessor = assessor(inEpa);
		assertRefused(() -> this.results.recordResult(inEpa.id(), EpaElement.VCO, EpaGrade.PASS,
				LocalDate.now().plusDays(1), null, assessor), "epa.date.future");
		assertRefused(() -> this.results.recordResult(inEpa.id(), EpaElement.VCO, EpaGrade.DISTINCTION, this.day, null,
				assessor), "epa.grade.outsideScale");
		this.results.recordResult(inEpa.id(), EpaElement.VCO, EpaGrade.PASS, this.day, "Safe and competent", assessor);
		this.results.recordResult(inEpa.id(), EpaElement.PPT, EpaGrade.PASS, this.day, null, assessor);
		assertThat(this.pages.page(inEpa.id(), assessor).outcome()).isNull();
		assertRefused(() -> this.grades.confirm(inEpa.id(), assessor), "epa.confirm.incomplete");
		this.results.recordResult(inEpa.id(), EpaElement.PD, EpaGrade.MERIT, this.day, null, assessor);

		EpaPage page = this.pages.page(inEpa.id(), assessor);
		assertThat(page.outcome().grade()).isEqualTo(EpaGrade.MERIT);
		assertThat(page.outcome().explanationKey()).isEqualTo("epa.outcome.MERIT.PD");
		assertThat(page.confirmed()).isFalse();
		EpaPage notYetReleased = this.pages.page(inEpa.id(), this.testEvidence.apprentice(inEpa.enrolled()));
		assertThat(notYetReleased.outcome()).as("results are released when the grade is confirmed").isNull();
		assertThat(notYetReleased.elements()).allMatch((element) -> element.latest() == null);
		assertThat(notYetReleased.history()).isEmpty();
		assertThat(notYetReleased.resultsWaiting()).isTrue();

		assertThat(this.grades.confirm(inEpa.id(), assessor).grade()).isEqualTo(EpaGrade.MERIT);

		assertThat(status(inEpa)).isEqualTo(ApprenticeStatus.COMPLETED);
		EpaPage completed = this.pages.page(inEpa.id(), coach(inEpa));
		assertThat(completed.confirmed()).isTrue();
		assertThat(completed.registerEligible()).isTrue();
		assertRefused(() -> this.results.recordResult(inEpa.id(), EpaElement.PD, EpaGrade.DISTINCTION, this.day, null,
				assessor), "epa.notInEpa");
		assertThatExceptionOfType(AccessDeniedException.class)
			.isThrownBy(() -> this.administration.issueCertificate(inEpa.id(), this.day, assessor));

		this.grades.requestCertificate(inEpa.id(), LocalDate.now().minusDays(1), assessor);
		assertThat(this.lists.certificatesToIssue(this.testApprentices.admin())).extracting((name) -> name.id())
			.contains(inEpa.id());
		this.administration.issueCertificate(inEpa.id(), LocalDate.now(), this.testApprentices.admin());
		assertThat(this.lists.certificatesToIssue(this.testApprentices.admin())).extracting((name) -> name.id())
			.doesNotContain(inEpa.id());

		EpaPage certified = this.pages.page(inEpa.id(), lineManager(inEpa));
		assertThat(certified.certificateRequestedOn()).isEqualTo(LocalDate.now().minusDays(1));
		assertThat(certified.certificateIssuedOn()).isEqualTo(LocalDate.now());
		assertThat(auditActions(inEpa)).containsSubsequence("ASSESSOR_ASSIGNED", "EPA_RESULT_RECORDED",
				"EPA_RESULT_RECORDED", "EPA_RESULT_RECORDED", "EPA_COMPLETED", "EPA_GRADE_CONFIRMED",
				"EPA_CERTIFICATE_REQUESTED", "EPA_CERTIFICATE_ISSUED");
	}

	@Test
	void anAmendmentTurningAConfirmedPassIntoAFailGoesBackIntoEpaWithItsReason() {
		AtGateway inEpa = this.testEpa.inEpa();
		CurrentUser assessor = assessor(inEpa);
		for (EpaElement element : EpaElement.values()) {
			this.results.recordResult(inEpa.id(), element, EpaGrade.PASS, this.day, null, assessor);
		}
		this.grades.confirm(inEpa.id(), assessor);
		assertThat(status(inEpa)).isEqualTo(ApprenticeStatus.COMPLETED);
		assertRefused(() -> this.grades.amend(inEpa.id(), EpaElement.PPT, EpaGrade.FAIL, "  ", assessor),
				"epa.amend.reasonRequired");

		this.grades.amend(inEpa.id(), EpaElement.PPT, EpaGrade.FAIL, "Answer sheet mis-scored", assessor);

		assertThat(status(inEpa)).isEqualTo(ApprenticeStatus.IN_EPA);
		EpaPage page = this.pages.page(inEpa.id(), assessor);
		assertThat(page.outcome().grade()).isEqualTo(EpaGrade.FAIL);
		assertThat(page.confirmed()).isTrue();
		assertThat(page.history()).extracting(EpaEntry.EntryView::kind)
			.endsWith(EpaEntryKind.CONFIRMATION, EpaEntryKind.AMENDMENT);
		assertThat(page.elements().get(1).nextAttempt()).as("the failed element may be re-taken").isEqualTo(2);
		assertThat(this.directory.page(inEpa.id(), assessor).timeline()).last()
			.satisfies((entry) -> assertThat(entry.detail()).isEqualTo("Answer sheet mis-scored"));
		AuditEventView amended = this.audit.find(AuditQuery.aboutApprentice(inEpa.id()), 0, 100)
			.getContent()
			.stream()
			.filter((event) -> event.action().equals("EPA_RESULT_AMENDED"))
			.findFirst()
			.orElseThrow();
		assertThat(amended.before()).isEqualTo("PASS");
		assertThat(amended.after()).startsWith("FAIL");

		this.results.recordResult(inEpa.id(), EpaElement.PPT, EpaGrade.PASS, LocalDate.now(), "Re-sat", assessor);
		this.grades.confirm(inEpa.id(), assessor);
		assertThat(status(inEpa)).isEqualTo(ApprenticeStatus.COMPLETED);
	}

	@Test
	void aSecondResultIsRefusedAndACorrectionWithItsReasonIsSealedBesideTheOriginal() {
		AtGateway inEpa = this.testEpa.inEpa();
		CurrentUser assessor = assessor(inEpa);
		for (EpaElement element : EpaElement.values()) {
			this.results.recordResult(inEpa.id(), element, EpaGrade.PASS, this.day, null, assessor);
		}
		assertRefused(() -> this.results.recordResult(inEpa.id(), EpaElement.PPT, EpaGrade.DISTINCTION, this.day, null,
				assessor), "epa.result.recordedAlready");
		assertRefused(() -> this.results.correct(inEpa.id(), EpaElement.PPT, EpaGrade.DISTINCTION, " ", assessor),
				"epa.correct.reasonRequired");
		assertRefused(() -> this.results.correct(inEpa.id(), EpaElement.PPT, EpaGrade.MERIT, "Off the scale", assessor),
				"epa.grade.outsideScale");
		assertThatExceptionOfType(AccessDeniedException.class).isThrownBy(() -> this.results.correct(inEpa.id(),
				EpaElement.PPT, EpaGrade.DISTINCTION, "Not theirs", coach(inEpa)));

		assertThat(this.results.changeResult(inEpa.id(), EpaElement.PPT, EpaGrade.DISTINCTION,
				"Marked against the wrong paper", assessor))
			.isEqualTo(EpaEntryKind.CORRECTION);

		EpaPage page = this.pages.page(inEpa.id(), assessor);
		assertThat(page.integrity().intact()).isTrue();
		assertThat(page.outcome().grade()).isEqualTo(EpaGrade.DISTINCTION);
		assertThat(page.reasonKey()).isEqualTo("epa.why.DISTINCTION.PPT");
		assertThat(page.history()).extracting(EpaEntry.EntryView::kind, EpaEntry.EntryView::grade)
			.endsWith(org.assertj.core.groups.Tuple.tuple(EpaEntryKind.RESULT, EpaGrade.PASS),
					org.assertj.core.groups.Tuple.tuple(EpaEntryKind.CORRECTION, EpaGrade.DISTINCTION));
		assertThat(page.element(EpaElement.PPT).correctable()).isTrue();
		assertThat(page.element(EpaElement.PPT).nextAttempt()).as("no second result to record").isNull();
		assertThat(auditActions(inEpa)).contains("EPA_RESULT_CORRECTED");

		assertRefused(() -> this.grades.confirm(inEpa.id(), EpaGrade.PASS, assessor), "epa.confirm.changed");
		assertThat(this.pages.page(inEpa.id(), assessor).confirmed()).isFalse();
		assertThat(this.grades.confirm(inEpa.id(), EpaGrade.DISTINCTION, assessor).grade())
			.isEqualTo(EpaGrade.DISTINCTION);
		assertThat(this.results.changeResult(inEpa.id(), EpaElement.PPT, EpaGrade.PASS, "Moderation", assessor))
			.as("after confirmation a change is an amendment")
			.isEqualTo(EpaEntryKind.AMENDMENT);
		assertThat(this.pages.page(inEpa.id(), assessor).integrity().intact()).isTrue();
	}

	@Test
	void onlyTheAssessorAssignedNowAmends() {
		AtGateway inEpa = this.testEpa.inEpa();
		CurrentUser first = assessor(inEpa);
		for (EpaElement element : EpaElement.values()) {
			this.results.recordResult(inEpa.id(), element, EpaGrade.PASS, this.day, null, first);
		}
		this.grades.confirm(inEpa.id(), first);
		this.testEpa.reassign(inEpa, this.testAccounts.person(Role.ASSESSOR, inEpa.epao().id()));
		assertThatExceptionOfType(ApprenticeNotFoundException.class)
			.isThrownBy(() -> this.grades.amend(inEpa.id(), EpaElement.VCO, EpaGrade.FAIL, "Late change", first));
	}

	@Test
	void listsReadEveryApprenticesSummaryAtOnce() {
		AtGateway one = this.testEpa.inEpa();
		AtGateway two = this.testEpa.inEpa();
		this.results.recordResult(one.id(), EpaElement.VCO, EpaGrade.PASS, this.day, null, assessor(one));
		var summaries = this.lists.summaries(List.of(one.id(), two.id()));
		assertThat(summaries.get(one.id()).recorded()).isEqualTo(1);
		assertThat(summaries.get(two.id())).isEqualTo(EpaSummary.NONE);
		assertThat(summaries.get(one.id()).waitingForAssessor()).isTrue();
	}

	private List<String> auditActions(AtGateway apprentice) {
		List<String> newestFirst = this.audit.find(AuditQuery.aboutApprentice(apprentice.id()), 0, 100)
			.getContent()
			.stream()
			.map(AuditEventView::action)
			.toList();
		List<String> oldestFirst = new java.util.ArrayList<>(newestFirst);
		java.util.Collections.reverse(oldestFirst);
		return oldestFirst;
	}

	private ApprenticeStatus status(AtGateway apprentice) {
		return this.directory.reference(apprentice.id(), this.testApprentices.admin()).status();
	}

	private CurrentUser assessor(AtGateway apprentice) {
		return TestAccounts.signedIn(apprentice.assessor());
	}

	private CurrentUser coach(AtGateway apprentice) {
		return this.testEvidence.coach(apprentice.enrolled());
	}

	private static CurrentUser lineManager(AtGateway apprentice) {
		return TestAccounts.signedIn(apprentice.enrolled().lineManager());
	}

	private static void assertRefused(Runnable change, String key) {
		assertThatExceptionOfType(EpaRuleException.class).isThrownBy(change::run)
			.extracting(EpaRuleException::getMessageKey)
			.isEqualTo(key);
	}

	private static void assertProgrammeRefused(Runnable change, String key) {
		assertThatExceptionOfType(ProgrammeRuleException.class).isThrownBy(change::run)
			.extracting(ProgrammeRuleException::getMessageKey)
			.isEqualTo(key);
	}

}
