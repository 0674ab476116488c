package org.hcstracker.demo;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.hcstracker.audit.AuditRecord.Actor;
import org.hcstracker.epa.EpaElement;
import org.hcstracker.epa.EpaGrade;
import org.hcstracker.epa.EpaAdminService;
import org.hcstracker.epa.EpaGradeService;
import org.hcstracker.epa.EpaResultService;
import org.hcstracker.people.AccountService;
import org.hcstracker.people.AccountPasswords;
import org.hcstracker.people.AccountView;
import org.hcstracker.people.CurrentUser;
import org.hcstracker.people.EmailAddress;
import org.hcstracker.people.NewAccount;
import org.hcstracker.people.OrganisationService;
import org.hcstracker.people.Role;
import org.hcstracker.programme.DivisionView;
import org.hcstracker.programme.Enrolment;
import org.hcstracker.programme.EnrolmentRequest;
import org.hcstracker.programme.EnrolmentService;
import org.hcstracker.programme.ReferenceDataService;
import org.hcstracker.programme.StandardVersionService;
import org.hcstracker.programme.StandardVersionView;
import org.hcstracker.shared.UkTime;
import org.springframework.stereotype.Component;

/**
 * Demo end-point assessments, with Tom Okafor as the coach: Aaron Mitchell completed with
 * Merit (certificate requested, its issue for the admin to record), Zara Ahmed in EPA
 * with two elements recorded, and Ben Carter at gateway, waiting for the admin to assign
 * an assessor. Gareth Lloyd (assessor@demo.test) is their assessor; Rachel Owusu, a
 * second assessor of the same EPAO, can take over.
 */
@Component
class DemoAssessment {

	private static final String AARON = "aaron.mitchell@demo.test";

	private static final String ZARA = "zara.ahmed@demo.test";

	private static final String BEN = "ben.carter@demo.test";

	private static final String COACH = "tom.okafor@demo.test";

	private static final Actor DEMO = Actor.system("Demo data");

	private final EnrolmentService enrolments;

	private final AccountService accounts;

	private final AccountPasswords passwords;

	private final OrganisationService organisations;

	private final ReferenceDataService referenceData;

	private final StandardVersionService standards;

	private final DemoPortfolio portfolio;

	private final DemoGateway gateway;

	private final EpaAdminService epaAdmin;

	private final EpaResultService epaResults;

	private final EpaGradeService epaGrades;

	private final DemoPeople people;

	private final Clock clock;

	DemoAssessment(EnrolmentService enrolments, AccountService accounts, AccountPasswords passwords,
			OrganisationService organisations, ReferenceDataService referenceData, StandardVersionService standards,
			DemoPortfolio portfolio, DemoGateway gateway, EpaAdminService epaAdmin, EpaResultService epaResults,
			EpaGradeService epaGrades, DemoPeople people, Clock clock) {
		this.enrolments = enrolments;
		this.accounts = accounts;
		this.passwords = passwords;
		this.organisations = organisations;
		this.referenceData = referenceData;
		this.standards = standards;
		this.portfolio = portfolio;
		this.gateway = gateway;
		this.epaAdmin = epaAdmin;
		this.epaResults = epaResults;
		this.epaGrades = epaGrades;
		this.people = people;
		this.clock = clock;
	}

	boolean isLoaded() {
		return this.accounts.findByEmail(AARON).isPresent();
	}

	void load() {
		long epao = this.organisations.findByName(DemoData.EPAO).orElseThrow().id();
		List<Long> newAccounts = new ArrayList<>();
		if (this.accounts.findByEmail("rachel.owusu@demo.test").isEmpty()) {
			AccountView rachel = this.accounts.create(
					new NewAccount("Rachel Owusu", new EmailAddress("rachel.owusu@demo.test"), Role.ASSESSOR, epao),
					DEMO);
			newAccounts.add(rachel.id());
		}
		CurrentUser admin = this.people.as("admin@demo.test");
		CurrentUser gareth = this.people.as("assessor@demo.test");
		long north = this.organisations.findByName(DemoData.EMPLOYER_NORTH).orElseThrow().id();
		long valley = this.organisations.findByName(DemoData.EMPLOYER_VALLEY).orElseThrow().id();

		long aaron = ready("Aaron Mitchell", AARON, "7091390996", "LIFE_SCIENCES", north, "sarah.whitfield@demo.test",
				epao, admin, newAccounts,
				List.of("Explaining a blood transfusion sample check to a patient", "Personal development plan review",
						"Sharps and spillage audit in the blood bank", "Temperature mapping of the blood fridges",
						"Crossmatching under supervision", "Issuing blood for a major haemorrhage call",
						"Re-audit of sample labelling errors", "Journal club on patient blood management",
						"Training new starters on the analyser"));
		this.epaAdmin.assign(aaron, gareth.accountId(), admin);
		LocalDate today = UkTime.today(this.clock);
		this.epaResults.recordResult(aaron, EpaElement.VCO, EpaGrade.PASS, today,
				"Safe, methodical practice across the observed blood bank tasks.", gareth);
		this.epaResults.recordResult(aaron, EpaElement.PPT, EpaGrade.PASS, today, "68% overall.", gareth);
		this.epaResults.recordResult(aaron, EpaElement.PD, EpaGrade.MERIT, today,
				"Strong reflection on quality and on leading the new starters.", gareth);
		this.epaGrades.confirm(aaron, gareth);
		this.epaGrades.requestCertificate(aaron, today, gareth);

		long zara = ready("Zara Ahmed", ZARA, "8543231948", "PHYSIOLOGICAL_SCIENCES", valley, "mark.bennett@demo.test",
				epao, admin, newAccounts,
				List.of("Putting an anxious child at ease before a hearing test", "Reflective log on my first clinics",
						"Infection control in the audiology booths", "Daily calibration checks of the audiometers",
						"Pure-tone audiometry with masking", "Fitting and verifying a hearing aid",
						"Audit of waiting times for hearing aid repairs", "Presenting a case on sudden hearing loss",
						"Organising the clinic rota during a staff shortage"));
		this.epaAdmin.assign(zara, gareth.accountId(), admin);
		this.epaResults.recordResult(zara, EpaElement.VCO, EpaGrade.PASS, today, "Confident, safe clinic practice.",
				gareth);
		this.epaResults.recordResult(zara, EpaElement.PPT, EpaGrade.DISTINCTION, today, "84% overall.", gareth);

		ready("Ben Carter", BEN, "7245957117", "CLINICAL_ENGINEERING", north, "sarah.whitfield@demo.test", epao, admin,
				newAccounts,
				List.of("Handing over a repaired syringe driver to the ward", "Personal development plan review",
						"Electrical safety testing of medical equipment", "Acceptance testing of new infusion pumps",
						"Planned maintenance of defibrillators", "Supporting clinical staff with ventilator alarms",
						"Audit of equipment returned with no fault found", "Evaluating a new asset management system",
						"Coordinating a device recall"));
		this.passwords.setSamePassword(newAccounts, DemoData.PASSWORD, DEMO);
	}

	/**
	 * Enrols an apprentice who started 26 months ago, completes their portfolio and
	 * checklist, and has their line manager approve gateway. Their account is added to
	 * the new accounts, which get the demo password together.
	 */
	private long ready(String name, String email, String uln, String division, long employerId, String lineManagerEmail,
			long epao, CurrentUser admin, List<Long> newAccounts, List<String> titles) {
		long divisionId = this.referenceData.divisions()
			.stream()
			.filter((found) -> found.code().equals(division))
			.map(DivisionView::id)
			.findFirst()
			.orElseThrow();
		long versionId = this.standards.versions()
			.stream()
			.filter((version) -> version.name().equals("ST0220 v1.1"))
			.map(StandardVersionView::id)
			.findFirst()
			.orElseThrow();
		CurrentUser lineManager = this.people.as(lineManagerEmail);
		CurrentUser coach = this.people.as(COACH);
		LocalDate start = UkTime.today(this.clock).minusMonths(26).withDayOfMonth(1);
		Enrolment enrolment = this.enrolments.enrol(new EnrolmentRequest(name, email, uln, divisionId, versionId,
				employerId, lineManager.accountId(), coach.accountId(), epao, start, null, BigDecimal.valueOf(460)),
				admin);
		long apprenticeId = enrolment.apprenticeId();
		newAccounts.add(enrolment.accountId());
		this.portfolio.complete(email, COACH, titles, "How I meet each area of the standard and why I am ready for "
				+ "my end-point assessment, with what I still want to improve.");
		this.gateway.approved(apprenticeId, coach, lineManager, epao);
		return apprenticeId;
	}

}
