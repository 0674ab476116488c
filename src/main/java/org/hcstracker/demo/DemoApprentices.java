package org.hcstracker.demo;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.hcstracker.audit.AuditRecord.Actor;
import org.hcstracker.people.AccountService;
import org.hcstracker.people.AccountPasswords;
import org.hcstracker.people.AccountView;
import org.hcstracker.people.CurrentUser;
import org.hcstracker.people.OrganisationService;
import org.hcstracker.people.OrganisationView;
import org.hcstracker.programme.ApprenticeLifecycleService;
import org.hcstracker.programme.DivisionView;
import org.hcstracker.programme.Enrolment;
import org.hcstracker.programme.EnrolmentRequest;
import org.hcstracker.programme.EnrolmentService;
import org.hcstracker.programme.ReferenceDataService;
import org.hcstracker.programme.StandardVersionView;
import org.hcstracker.programme.StandardVersionService;
import org.hcstracker.shared.UkTime;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * A dozen demo apprentices across the five divisions and both employers, at different
 * points of the programme, enrolled and managed by the demo administrator through the
 * same services as the pages. Dates are relative to the day the demo data is loaded.
 * apprentice@demo.test (Jordan Ellis) is coached by coach@demo.test and line-managed by
 * employer@demo.test; every demo apprentice signs in with the demo password.
 */
@Component
class DemoApprentices {

	static final String FIRST_APPRENTICE = "apprentice@demo.test";

	/** Starts before this date are on the first version of the standard. */
	private static final LocalDate VERSION_1_1_FROM = LocalDate.of(2024, 2, 1);

	private final EnrolmentService enrolments;

	private final ApprenticeLifecycleService lifecycle;

	private final ReferenceDataService referenceData;

	private final StandardVersionService standards;

	private final OrganisationService organisations;

	private final AccountService accounts;

	private final AccountPasswords passwords;

	private final Clock clock;

	DemoApprentices(EnrolmentService enrolments, ApprenticeLifecycleService lifecycle,
			ReferenceDataService referenceData, StandardVersionService standards, OrganisationService organisations,
			AccountService accounts, AccountPasswords passwords, Clock clock) {
		this.enrolments = enrolments;
		this.lifecycle = lifecycle;
		this.referenceData = referenceData;
		this.standards = standards;
		this.organisations = organisations;
		this.accounts = accounts;
		this.passwords = passwords;
		this.clock = clock;
	}

	void load(AccountView adminAccount) {
		CurrentUser admin = CurrentUser.of(adminAccount.id(), adminAccount.email(), adminAccount.name(),
				adminAccount.role(), adminAccount.organisationId());
		LocalDate today = UkTime.today(this.clock);
		Map<String, Long> divisions = this.referenceData.divisions()
			.stream()
			.collect(Collectors.toMap(DivisionView::code, DivisionView::id));
		Map<String, Long> versions = this.standards.versions()
			.stream()
			.collect(Collectors.toMap(StandardVersionView::name, StandardVersionView::id));
		long north = organisation(DemoData.EMPLOYER_NORTH).id();
		long valley = organisation(DemoData.EMPLOYER_VALLEY).id();
		long epao = organisation(DemoData.EPAO).id();
		Function<String, Long> person = (email) -> this.accounts.findByEmail(email).orElseThrow().id();
		long aisha = person.apply("coach@demo.test");
		long tom = person.apply("tom.okafor@demo.test");
		long david = person.apply("employer@demo.test");
		long sarah = person.apply("sarah.whitfield@demo.test");
		long mark = person.apply("mark.bennett@demo.test");

		record Demo(String name, String email, String uln, String division, long employer, long lineManager, long coach,
				@Nullable Long epao, int monthsAgo, int hours) {
		}
		List<Demo> demo = List.of(
				new Demo("Jordan Ellis", FIRST_APPRENTICE, "9276308686", "LIFE_SCIENCES", north, david, aisha, epao, 14,
						460),
				new Demo("Priya Sharma", "priya.sharma@demo.test", "1830166130", "PHYSIOLOGICAL_SCIENCES", north, david,
						aisha, epao, 20, 460),
				new Demo("Liam O'Connor", "liam.oconnor@demo.test", "2860913903", "CLINICAL_ENGINEERING", north, sarah,
						aisha, null, 8, 480),
				new Demo("Chloe Turner", "chloe.turner@demo.test", "7030824627", "LIFE_SCIENCES", valley, mark, aisha,
						null, 3, 420),
				new Demo("Mohammed Iqbal", "mohammed.iqbal@demo.test", "9194821991", "CLINICAL_BIOINFORMATICS", valley,
						mark, tom, null, 11, 460),
				new Demo("Emily Watson", "emily.watson@demo.test", "4518190938", "PHYSICAL_SCIENCES", north, david, tom,
						epao, 23, 460),
				new Demo("Daniel Hughes", "daniel.hughes@demo.test", "8865797540", "LIFE_SCIENCES", valley, mark, aisha,
						epao, 36, 440),
				new Demo("Grace Adeyemi", "grace.adeyemi@demo.test", "4231948754", "PHYSIOLOGICAL_SCIENCES", north,
						sarah, aisha, null, 17, 460),
				new Demo("Ryan Patel", "ryan.patel@demo.test", "8491186254", "CLINICAL_ENGINEERING", valley, mark, tom,
						null, 6, 480),
				new Demo("Hannah Lewis", "hannah.lewis@demo.test", "3760189554", "PHYSICAL_SCIENCES", north, david,
						aisha, epao, 18, 460),
				new Demo("Oliver Grant", "oliver.grant@demo.test", "6979711473", "LIFE_SCIENCES", north, sarah, tom,
						null, 12, 460),
				new Demo("Sophie Kaur", "sophie.kaur@demo.test", "2049746503", "CLINICAL_BIOINFORMATICS", north, david,
						aisha, null, 1, 460));

		List<Long> accountIds = new ArrayList<>();
		for (Demo d : demo) {
			LocalDate start = today.minusMonths(d.monthsAgo()).withDayOfMonth(1);
			String version = start.isBefore(VERSION_1_1_FROM) ? "ST0220 v1.0" : "ST0220 v1.1";
			Enrolment enrolment = this.enrolments.enrol(new EnrolmentRequest(d.name(), d.email(), d.uln(),
					idOf(divisions, d.division()), idOf(versions, version), d.employer(), d.lineManager(), d.coach(),
					d.epao(), start, null, BigDecimal.valueOf(d.hours())), admin);
			accountIds.add(enrolment.accountId());
			switch (d.email()) {
				case "grace.adeyemi@demo.test" ->
					this.lifecycle.startBreak(enrolment.apprenticeId(), today.minusWeeks(5), "Maternity leave", admin);
				case "hannah.lewis@demo.test" -> {
					this.lifecycle.startBreak(enrolment.apprenticeId(), start.plusMonths(8),
							"Long-term sickness absence", admin);
					this.lifecycle.returnFromBreak(enrolment.apprenticeId(), start.plusMonths(10), admin);
				}
				case "oliver.grant@demo.test" -> this.lifecycle.withdraw(enrolment.apprenticeId(), today.minusWeeks(3),
						"Left the Trust for a post in another region", admin);
				default -> {
				}
			}
		}
		this.passwords.setSamePassword(accountIds, DemoData.PASSWORD, Actor.system("Demo data"));
	}

	private OrganisationView organisation(String name) {
		return this.organisations.findByName(name).orElseThrow();
	}

	/**
	 * The id of reference data the demo relies on, failing clearly if it is missing.
	 */
	private static long idOf(Map<String, Long> ids, String key) {
		Long id = ids.get(key);
		if (id == null) {
			throw new IllegalStateException("Demo data needs " + key + ", which is missing");
		}
		return id;
	}

}
