package org.hcstracker.portfolio;

import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;

import org.hcstracker.audit.AuditEventView;
import org.hcstracker.audit.AuditQuery;
import org.hcstracker.audit.AuditRecord.Actor;
import org.hcstracker.audit.AuditService;
import org.hcstracker.people.CurrentUser;
import org.hcstracker.programme.KsbCode;
import org.hcstracker.programme.StandardVersionService;
import org.hcstracker.testsupport.IntegrationTest;
import org.hcstracker.testsupport.TestApprentices;
import org.hcstracker.testsupport.TestApprentices.Enrolled;
import org.hcstracker.testsupport.TestEvidence;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.tuple;

@IntegrationTest
class EvidenceServiceTests {

	@Autowired
	EvidenceService evidence;

	@Autowired
	EvidenceReviewService review;

	@Autowired
	PortfolioPages portfolio;

	@Autowired
	StandardVersionService standards;

	@Autowired
	AuditService audit;

	@Autowired
	TestApprentices testApprentices;

	@Autowired
	TestEvidence testEvidence;

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
	void evidenceGoesFromDraftThroughReturnToAcceptedAndIsThenFrozen() {
		long id = this.testEvidence.draft(this.enrolled, "Calibration record", 4);
		this.evidence.submit(this.enrolled.id(), id, version(id), this.apprentice);
		this.review.returnToApprentice(this.enrolled.id(), id, version(id), "Add your reflection.", this.coach);
		assertThat(detail(id).status()).isEqualTo(EvidenceStatus.RETURNED);

		this.evidence.update(this.enrolled.id(), id, this.testEvidence.details("Calibration record, reflected", 4, 5),
				version(id), true, this.apprentice);
		this.review.accept(this.enrolled.id(), id, version(id), null, this.coach);

		PortfolioViews.Detail accepted = detail(id);
		assertThat(accepted.status()).isEqualTo(EvidenceStatus.ACCEPTED);
		assertThat(accepted.history()).extracting(FeedbackView::outcome)
			.containsExactly(EvidenceStatus.RETURNED, EvidenceStatus.ACCEPTED);
		assertThat(accepted.history().get(0).feedback()).isEqualTo("Add your reflection.");
		assertThat(accepted.canEdit()).isFalse();
		assertRefused(() -> this.evidence.update(this.enrolled.id(), id, this.testEvidence.details("Changed", 4),
				version(id), false, this.apprentice), "evidence.notEditable");
		assertThat(this.audit.find(AuditQuery.aboutApprentice(this.enrolled.id()), 0, 50).getContent())
			.extracting(AuditEventView::action)
			.contains("EVIDENCE_CREATED", "EVIDENCE_SUBMITTED", "EVIDENCE_RETURNED", "EVIDENCE_EDITED",
					"EVIDENCE_ACCEPTED");
	}

	@Test
	void submittedEvidenceCanBeTakenBackUntilTheCoachActs() {
		long id = this.testEvidence.submitted(this.enrolled, "Witness statement", 6);
		this.evidence.takeBack(this.enrolled.id(), id, version(id), this.apprentice);
		assertThat(detail(id).status()).isEqualTo(EvidenceStatus.DRAFT);

		this.evidence.submit(this.enrolled.id(), id, version(id), this.apprentice);
		this.review.accept(this.enrolled.id(), id, version(id), null, this.coach);
		assertRefused(() -> this.evidence.takeBack(this.enrolled.id(), id, version(id), this.apprentice),
				"evidence.transition.notAllowed");
	}

	@Test
	void aCoachActingOnWhatTheApprenticeHasJustTakenBackIsToldItChanged() {
		long id = this.testEvidence.submitted(this.enrolled, "Audit", 7);
		long seenByCoach = version(id);
		this.evidence.takeBack(this.enrolled.id(), id, seenByCoach, this.apprentice);

		assertThatExceptionOfType(ObjectOptimisticLockingFailureException.class)
			.isThrownBy(() -> this.review.accept(this.enrolled.id(), id, seenByCoach, null, this.coach));
		assertThat(detail(id).status()).isEqualTo(EvidenceStatus.DRAFT);
	}

	@Test
	void twoTabsEditingTheSameDraftDoNotOverwriteEachOther() {
		long id = this.testEvidence.draft(this.enrolled, "Draft", 1);
		long opened = version(id);
		this.evidence.update(this.enrolled.id(), id, this.testEvidence.details("First tab", 1), opened, false,
				this.apprentice);
		assertThatExceptionOfType(ObjectOptimisticLockingFailureException.class)
			.isThrownBy(() -> this.evidence.update(this.enrolled.id(), id, this.testEvidence.details("Second tab", 1),
					opened, false, this.apprentice));
		assertThat(detail(id).title()).isEqualTo("First tab");
	}

	@Test
	void theActivityDateCannotBeInTheFutureNorBeforeTheStart() {
		assertRefusedOn("activityDate", "evidence.activityDate.future", withDate(LocalDate.now().plusDays(2)));
		assertRefusedOn("activityDate", "evidence.activityDate.beforeStart", withDate(LocalDate.now().minusYears(2)));
	}

	@Test
	void evidenceNeedsAnAreaOrAStatement() {
		assertRefusedOn("areaIds", "evidence.areas.required", new EvidenceDetails("No area",
				LocalDate.now().minusDays(1), EvidenceType.OTHER, "Text", Set.of(), Set.of()));
	}

	@Test
	void everyRefusalIsReportedAtOnce() {
		var other = this.standards.createVersion("Other version " + UUID.randomUUID(), Actor.system("Test"));
		long foreign = this.standards.addKsb(other.id(), new KsbCode("K1"), 1, "Elsewhere", Actor.system("Test")).id();
		assertThatExceptionOfType(EvidenceRuleException.class)
			.isThrownBy(() -> this.evidence.create(this.enrolled.id(),
					new EvidenceDetails("Everything wrong", LocalDate.now().plusDays(2), EvidenceType.OTHER, "Text",
							Set.of(-1L), Set.of(foreign)),
					false, this.apprentice))
			.satisfies((ex) -> assertThat(ex.all()).extracting((refusal) -> refusal.getMessageKey())
				.containsExactly("evidence.activityDate.future", "evidence.areas.invalid", "evidence.ksbs.invalid"));
	}

	@Test
	void aDraftIsCheckedForWhatHasBeenEnteredOnly() {
		assertThat(this.evidence.refusals(this.enrolled.id(), new EvidenceDraft(null, null, Set.of(), Set.of()),
				this.apprentice))
			.extracting(EvidenceRuleException::getField, EvidenceRuleException::getMessageKey)
			.containsExactly(tuple("areaIds", "evidence.areas.required"));
		assertThat(this.evidence.refusals(this.enrolled.id(),
				new EvidenceDraft(LocalDate.now().minusYears(2), EvidenceType.REFLECTIVE_SELF_ASSESSMENT, Set.of(),
						Set.of()),
				this.apprentice))
			.extracting(EvidenceRuleException::getField, EvidenceRuleException::getMessageKey)
			.containsExactly(tuple("activityDate", "evidence.activityDate.beforeStart"));
		assertThat(this.evidence.refusals(this.enrolled.id(), EvidenceDraft.of(this.testEvidence.details("Fine", 1)),
				this.apprentice))
			.isEmpty();
		assertThatExceptionOfType(AccessDeniedException.class).isThrownBy(() -> this.evidence
			.refusals(this.enrolled.id(), EvidenceDraft.of(this.testEvidence.details("Fine", 1)), this.coach));
	}

	@Test
	void aReflectiveSelfAssessmentMapsToAreaTwoByDefault() {
		long id = this.evidence
			.create(this.enrolled.id(),
					new EvidenceDetails("Self-assessment", LocalDate.now().minusDays(1),
							EvidenceType.REFLECTIVE_SELF_ASSESSMENT, "Text", Set.of(), Set.of()),
					false, this.apprentice);
		assertThat(detail(id).areas()).extracting((area) -> area.number()).containsExactly(2);
	}

	@Test
	void aStatementOfAnotherStandardVersionIsRefused() {
		var other = this.standards.createVersion("Other version " + UUID.randomUUID(), Actor.system("Test"));
		long foreign = this.standards.addKsb(other.id(), new KsbCode("K1"), 1, "Elsewhere", Actor.system("Test")).id();
		assertRefusedOn("ksbIds", "evidence.ksbs.invalid", new EvidenceDetails("Foreign", LocalDate.now().minusDays(1),
				EvidenceType.OTHER, "Text", Set.of(), Set.of(foreign)));
	}

	@Test
	void onlyTheApprenticeWritesAndOnlyTheirCoachDecides() {
		long id = this.testEvidence.submitted(this.enrolled, "Mine", 3);
		CurrentUser admin = this.testApprentices.admin();
		Enrolled someoneElse = this.testApprentices.enrolNew();

		assertThatExceptionOfType(AccessDeniedException.class).isThrownBy(() -> this.evidence.create(this.enrolled.id(),
				this.testEvidence.details("By the coach", 1), false, this.coach));
		assertThatExceptionOfType(AccessDeniedException.class)
			.isThrownBy(() -> this.review.accept(this.enrolled.id(), id, version(id), null, admin));
		assertThatExceptionOfType(org.hcstracker.programme.ApprenticeNotFoundException.class)
			.isThrownBy(() -> this.review.accept(this.enrolled.id(), id, version(id), null,
					this.testEvidence.coach(someoneElse)));
		assertRefused(() -> this.review.returnToApprentice(this.enrolled.id(), id, version(id), "  ", this.coach),
				"evidence.feedback.required");
		assertThat(detail(id).status()).isEqualTo(EvidenceStatus.SUBMITTED);
	}

	private EvidenceDetails withDate(LocalDate date) {
		return new EvidenceDetails("Dated", date, EvidenceType.OTHER, "Text", this.testEvidence.areas(1), Set.of());
	}

	private void assertRefusedOn(String field, String key, EvidenceDetails details) {
		assertThatExceptionOfType(EvidenceRuleException.class)
			.isThrownBy(() -> this.evidence.create(this.enrolled.id(), details, false, this.apprentice))
			.satisfies((ex) -> {
				assertThat(ex.getField()).isEqualTo(field);
				assertThat(ex.getMessageKey()).isEqualTo(key);
			});
	}

	private static void assertRefused(Runnable change, String key) {
		assertThatExceptionOfType(EvidenceRuleException.class).isThrownBy(change::run)
			.extracting(EvidenceRuleException::getMessageKey)
			.isEqualTo(key);
	}

	private PortfolioViews.Detail detail(long id) {
		return this.portfolio.evidence(this.enrolled.id(), id, this.apprentice);
	}

	private long version(long id) {
		return detail(id).version();
	}

}
