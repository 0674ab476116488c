package org.hcstracker.programme;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.hcstracker.audit.AuditQuery;
import org.hcstracker.audit.AuditService;
import org.hcstracker.people.AccountService;
import org.hcstracker.people.AccountView;
import org.hcstracker.people.CurrentUser;
import org.hcstracker.people.Role;
import org.hcstracker.testsupport.IntegrationTest;
import org.hcstracker.testsupport.TestAccounts;
import org.hcstracker.testsupport.TestApprentices;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.tuple;

/**
 * Enrolment: the account and the enrolment are created together, and every refusal of
 * what was entered (learner number, email, people and organisations of the wrong kind,
 * dates, hours) is reported on its field with nothing stored.
 */
@IntegrationTest
class EnrolmentServiceTests {

	@Autowired
	EnrolmentService enrolments;

	@Autowired
	EnrolmentChecks checks;

	@Autowired
	ApprenticeDirectory directory;

	@Autowired
	AccountService accounts;

	@Autowired
	AuditService audit;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	TestAccounts testAccounts;

	@Autowired
	TestApprentices testApprentices;

	private CurrentUser admin;

	private AccountView lineManager;

	private AccountView coach;

	@BeforeEach
	void people() {
		this.admin = this.testApprentices.admin();
		this.lineManager = this.testAccounts.person(Role.EMPLOYER);
		this.coach = this.testAccounts.person(Role.COACH);
	}

	@Test
	void enrollingCreatesTheAccountAndAnEnrolmentOnProgramme() {
		EnrolmentRequest request = this.testApprentices.request(this.lineManager, this.coach);

		Enrolment enrolment = this.enrolments.enrol(request, this.admin);

		ApprenticeProfile profile = this.directory.profile(enrolment.apprenticeId(), this.admin);
		assertThat(profile.status()).isEqualTo(ApprenticeStatus.ON_PROGRAMME);
		assertThat(profile.uln()).isEqualTo(request.uln());
		assertThat(profile.plannedEndDate()).isEqualTo(request.startDate().plusMonths(24));
		assertThat(profile.coachId()).isEqualTo(this.coach.id());
		assertThat(profile.lineManagerId()).isEqualTo(this.lineManager.id());
		AccountView account = this.accounts.find(enrolment.accountId());
		assertThat(account.role()).isEqualTo(Role.APPRENTICE);
		assertThat(account.organisationId()).isEqualTo(this.lineManager.organisationId());
		assertThat(this.directory.page(enrolment.apprenticeId(), this.admin).timeline()).extracting(TimelineEntry::kind)
			.containsExactly(ApprenticeEventKind.ENROLLED);
		assertThat(this.audit.find(AuditQuery.aboutApprentice(enrolment.apprenticeId()), 0, 10).getContent())
			.anySatisfy((event) -> assertThat(event.action()).isEqualTo("APPRENTICE_ENROLLED"));
	}

	@Test
	void aPlannedEndDateGivenIsKept() {
		EnrolmentRequest base = this.testApprentices.request(this.lineManager, this.coach);
		LocalDate end = base.startDate().plusMonths(30);
		Enrolment enrolment = this.enrolments.enrol(withEnd(base, end), this.admin);
		assertThat(this.directory.profile(enrolment.apprenticeId(), this.admin).plannedEndDate()).isEqualTo(end);
	}

	@Test
	void aLearnerNumberFailingItsCheckIsRefusedAndNothingIsStored() {
		EnrolmentRequest request = withUln(this.testApprentices.request(this.lineManager, this.coach), "9276308687");
		assertRefused(request, "uln", "enrolment.uln.invalid");
		assertThat(this.accounts.findByEmail(request.email())).isEmpty();
	}

	@Test
	void aLearnerNumberAlreadyEnrolledIsRefusedAndNothingIsStored() {
		EnrolmentRequest first = this.testApprentices.request(this.lineManager, this.coach);
		this.enrolments.enrol(first, this.admin);
		EnrolmentRequest second = withUln(this.testApprentices.request(this.lineManager, this.coach), first.uln());
		assertRefused(second, "uln", "enrolment.uln.taken");
		assertThat(this.accounts.findByEmail(second.email())).isEmpty();
	}

	@Test
	void anEmailAlreadyUsedIsRefused() {
		EnrolmentRequest request = this.testApprentices.request(this.lineManager, this.coach);
		EnrolmentRequest taken = new EnrolmentRequest(request.name(), this.coach.email(), request.uln(),
				request.divisionId(), request.standardVersionId(), request.employerId(), request.lineManagerId(),
				request.coachId(), null, request.startDate(), null, request.plannedOtjHours());
		assertRefused(taken, "email", "account.email.taken");
	}

	@Test
	void aLineManagerFromAnotherOrganisationIsRefused() {
		AccountView elsewhere = this.testAccounts.person(Role.EMPLOYER);
		EnrolmentRequest request = this.testApprentices.request(this.lineManager, this.coach);
		EnrolmentRequest wrong = new EnrolmentRequest(request.name(), request.email(), request.uln(),
				request.divisionId(), request.standardVersionId(), request.employerId(), elsewhere.id(),
				request.coachId(), null, request.startDate(), null, request.plannedOtjHours());
		assertRefused(wrong, "lineManagerId", "enrolment.lineManager.notOfEmployer");
		assertThat(this.accounts.findByEmail(request.email())).isEmpty();
	}

	@Test
	void aCoachMustBeACoach() {
		EnrolmentRequest request = this.testApprentices.request(this.lineManager, this.lineManager);
		assertRefused(request, "coachId", "enrolment.coach.required");
	}

	@Test
	void theEndMustComeAfterTheStart() {
		EnrolmentRequest base = this.testApprentices.request(this.lineManager, this.coach);
		assertRefused(withEnd(base, base.startDate()), "plannedEndDate", "enrolment.plannedEndDate.notAfterStart");
		assertRefused(withEnd(base, base.startDate().minusDays(1)), "plannedEndDate",
				"enrolment.plannedEndDate.notAfterStart");
	}

	@Test
	void everyRefusalIsReportedAtOnceEachOnItsField() {
		AccountView elsewhere = this.testAccounts.person(Role.EMPLOYER);
		EnrolmentRequest r = this.testApprentices.request(this.lineManager, this.coach);
		EnrolmentRequest wrong = new EnrolmentRequest(r.name(), this.coach.email(), "9276308687", r.divisionId(),
				r.standardVersionId(), r.employerId(), elsewhere.id(), r.coachId(), null, r.startDate(),
				r.startDate().minusDays(1), r.plannedOtjHours());

		assertThatExceptionOfType(EnrolmentRuleException.class)
			.isThrownBy(() -> this.enrolments.enrol(wrong, this.admin))
			.satisfies((ex) -> assertThat(ex.all()).extracting((refusal) -> refusal.getMessageKey())
				.containsExactly("account.email.taken", "enrolment.uln.invalid", "enrolment.lineManager.notOfEmployer",
						"enrolment.plannedEndDate.notAfterStart"));
		assertThat(this.accounts.findByEmail(r.email())).isEmpty();
	}

	@Test
	void aDraftIsCheckedForWhatHasBeenEnteredOnly() {
		EnrolmentRequest first = this.testApprentices.request(this.lineManager, this.coach);
		this.enrolments.enrol(first, this.admin);
		EnrolmentDraft draft = new EnrolmentDraft(null, "not an address", first.uln(), null, null, null,
				this.coach.id(), null, null, null, null, new BigDecimal("0"));

		assertThat(this.checks.refusals(draft, this.admin))
			.extracting(EnrolmentRuleException::getField, EnrolmentRuleException::getMessageKey)
			.containsExactly(tuple("email", "enrolment.email.invalid"), tuple("uln", "enrolment.uln.taken"),
					tuple("lineManagerId", "enrolment.lineManager.required"),
					tuple("plannedOtjHours", "enrolment.plannedOtjHours.invalid"));
		assertThat(this.checks.refusals(EnrolmentDraft.of(this.testApprentices.request(this.lineManager, this.coach)),
				this.admin))
			.isEmpty();
	}

	@Test
	void onlyTheAdministratorChecksADraft() {
		EnrolmentDraft draft = EnrolmentDraft.of(this.testApprentices.request(this.lineManager, this.coach));
		assertThatExceptionOfType(AccessDeniedException.class)
			.isThrownBy(() -> this.checks.refusals(draft, TestAccounts.signedIn(this.coach)));
	}

	@Test
	void onlyTheAdministratorEnrols() {
		EnrolmentRequest request = this.testApprentices.request(this.lineManager, this.coach);
		assertThatExceptionOfType(AccessDeniedException.class)
			.isThrownBy(() -> this.enrolments.enrol(request, TestAccounts.signedIn(this.coach)));
		assertThat(this.accounts.findByEmail(request.email())).isEmpty();
	}

	@Test
	void aDraftNamingWhatDoesNotExistOrIsOfTheWrongKindIsRefusedOnEachField() {
		EnrolmentRequest r = this.testApprentices.request(this.lineManager, this.coach);
		EnrolmentDraft draft = new EnrolmentDraft(r.name(), "  ", " ", Long.MAX_VALUE, Long.MAX_VALUE,
				this.coach.organisationId(), this.lineManager.id(), this.coach.id(), this.lineManager.organisationId(),
				r.startDate(), null, r.plannedOtjHours());

		assertThat(this.checks.refusals(draft, this.admin))
			.extracting(EnrolmentRuleException::getField, EnrolmentRuleException::getMessageKey)
			.containsExactly(tuple("divisionId", "enrolment.division.required"),
					tuple("standardVersionId", "enrolment.standardVersion.required"),
					tuple("employerId", "enrolment.employer.required"), tuple("epaoId", "enrolment.epao.invalid"));
	}

	@Test
	void plannedHoursAboveTheMostOrWithMoreThanTwoDecimalsAreRefused() {
		EnrolmentDraft draft = EnrolmentDraft.of(this.testApprentices.request(this.lineManager, this.coach));

		assertThat(this.checks.refusals(withHours(draft, new BigDecimal("10000")), this.admin))
			.extracting(EnrolmentRuleException::getMessageKey)
			.containsExactly("enrolment.plannedOtjHours.invalid");
		assertThat(this.checks.refusals(withHours(draft, new BigDecimal("460.125")), this.admin))
			.extracting(EnrolmentRuleException::getMessageKey)
			.containsExactly("enrolment.plannedOtjHours.invalid");
		assertThat(this.checks.refusals(withHours(draft, Apprentice.MAX_PLANNED_HOURS), this.admin)).isEmpty();
	}

	@Test
	void aDisabledCoachIsRefused() {
		AccountView leaving = this.testAccounts.person(Role.COACH);
		this.jdbc.sql("update accounts set enabled = false where id = ?").param(leaving.id()).update();

		assertRefused(this.testApprentices.request(this.lineManager, leaving), "coachId", "enrolment.coach.required");
	}

	private static EnrolmentDraft withHours(EnrolmentDraft d, BigDecimal hours) {
		return new EnrolmentDraft(d.name(), d.email(), d.uln(), d.divisionId(), d.standardVersionId(), d.employerId(),
				d.lineManagerId(), d.coachId(), d.epaoId(), d.startDate(), d.plannedEndDate(), hours);
	}

	private void assertRefused(EnrolmentRequest request, String field, String messageKey) {
		assertThatExceptionOfType(EnrolmentRuleException.class)
			.isThrownBy(() -> this.enrolments.enrol(request, this.admin))
			.satisfies((ex) -> {
				assertThat(ex.getField()).isEqualTo(field);
				assertThat(ex.getMessageKey()).isEqualTo(messageKey);
			});
	}

	private static EnrolmentRequest withUln(EnrolmentRequest r, String uln) {
		return new EnrolmentRequest(r.name(), r.email(), uln, r.divisionId(), r.standardVersionId(), r.employerId(),
				r.lineManagerId(), r.coachId(), r.epaoId(), r.startDate(), r.plannedEndDate(), r.plannedOtjHours());
	}

	private static EnrolmentRequest withEnd(EnrolmentRequest r, LocalDate end) {
		return new EnrolmentRequest(r.name(), r.email(), r.uln(), r.divisionId(), r.standardVersionId(), r.employerId(),
				r.lineManagerId(), r.coachId(), r.epaoId(), r.startDate(), end, r.plannedOtjHours());
	}

}
