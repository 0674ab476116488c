package org.hcstracker.testsupport;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import org.hcstracker.people.AccountView;
import org.hcstracker.people.CurrentUser;
import org.hcstracker.people.Role;
import org.hcstracker.programme.ApprenticeDirectory;
import org.hcstracker.programme.ApprenticeLifecycleService;
import org.hcstracker.programme.Enrolment;
import org.hcstracker.programme.EnrolmentRequest;
import org.hcstracker.programme.EnrolmentService;
import org.hcstracker.programme.ReferenceDataService;
import org.hcstracker.programme.StandardVersionService;
import org.hcstracker.programme.StandardVersionView;

/**
 * Enrols apprentices for tests through the real service, with realistic defaults: a new
 * employer with a line manager, a new coach, a valid and unique learner number.
 */
public class TestApprentices {

	private final EnrolmentService enrolments;

	private final TestAccounts accounts;

	private final ReferenceDataService referenceData;

	private final StandardVersionService standards;

	private final ApprenticeDirectory directory;

	private final ApprenticeLifecycleService lifecycle;

	TestApprentices(EnrolmentService enrolments, TestAccounts accounts, ReferenceDataService referenceData,
			StandardVersionService standards, ApprenticeDirectory directory, ApprenticeLifecycleService lifecycle) {
		this.directory = directory;
		this.lifecycle = lifecycle;
		this.enrolments = enrolments;
		this.accounts = accounts;
		this.referenceData = referenceData;
		this.standards = standards;
	}

	/**
	 * A unique learner number that passes the check, unlikely to be used before.
	 * @return the number
	 */
	public static String validUln() {
		while (true) {
			ThreadLocalRandom random = ThreadLocalRandom.current();
			StringBuilder digits = new StringBuilder().append(random.nextInt(1, 10));
			for (int i = 0; i < 8; i++) {
				digits.append(random.nextInt(10));
			}
			int sum = 0;
			for (int i = 0; i < 9; i++) {
				sum += (digits.charAt(i) - '0') * (10 - i);
			}
			int last = Math.floorMod(10 - sum, 11);
			if (last < 10) {
				return digits.append(last).toString();
			}
		}
	}

	/**
	 * A new administrator, signed in.
	 * @return the administrator
	 */
	public CurrentUser admin() {
		return TestAccounts.signedIn(this.accounts.person(Role.ADMIN));
	}

	/**
	 * A request with realistic defaults for the given people.
	 * @param lineManager the line manager, whose organisation is the employer
	 * @param coach the coach
	 * @return the request
	 */
	public EnrolmentRequest request(AccountView lineManager, AccountView coach) {
		String unique = UUID.randomUUID().toString().substring(0, 8);
		return new EnrolmentRequest("Alex Morgan " + unique, "alex.morgan." + unique + "@example.test", validUln(),
				this.referenceData.divisions().get(0).id(), anyStandardVersion(), lineManager.organisationId(),
				lineManager.id(), coach.id(), null, LocalDate.now().minusMonths(6), null, new BigDecimal("460"));
	}

	/**
	 * Enrols an apprentice with a given name, and returns what was asked for.
	 * @param lineManager the line manager
	 * @param coach the coach
	 * @param name the apprentice's name
	 * @return the request that was enrolled
	 */
	public EnrolmentRequest enrolmentRequest(AccountView lineManager, AccountView coach, String name) {
		EnrolmentRequest r = request(lineManager, coach);
		EnrolmentRequest named = new EnrolmentRequest(name, r.email(), r.uln(), r.divisionId(), r.standardVersionId(),
				r.employerId(), r.lineManagerId(), r.coachId(), r.epaoId(), r.startDate(), r.plannedEndDate(),
				r.plannedOtjHours());
		this.enrolments.enrol(named, admin());
		return named;
	}

	/**
	 * Enrols an apprentice with the given line manager and coach.
	 * @param lineManager the line manager
	 * @param coach the coach
	 * @return the enrolment
	 */
	public Enrolment enrol(AccountView lineManager, AccountView coach) {
		return this.enrolments.enrol(request(lineManager, coach), admin());
	}

	/**
	 * Enrols an apprentice with a new employer, line manager and coach.
	 * @return the people and the enrolment
	 */
	public Enrolled enrolNew() {
		AccountView lineManager = this.accounts.person(Role.EMPLOYER);
		AccountView coach = this.accounts.person(Role.COACH);
		return new Enrolled(enrol(lineManager, coach), lineManager, coach);
	}

	/**
	 * Starts a break in learning, as the administrator.
	 * @param apprenticeId the apprentice
	 * @param on its first day
	 */
	public void startBreak(long apprenticeId, LocalDate on) {
		this.lifecycle.startBreak(apprenticeId, on, "Extended leave", admin());
	}

	/**
	 * The learner number of an enrolled apprentice.
	 * @param enrolled the enrolment
	 * @param admin an administrator
	 * @return the learner number
	 */
	public String ulnOf(Enrolled enrolled, CurrentUser admin) {
		return this.directory.profile(enrolled.id(), admin).uln();
	}

	private long anyStandardVersion() {
		return this.standards.versions()
			.stream()
			.findFirst()
			.map(StandardVersionView::id)
			.orElseGet(() -> this.standards
				.createVersion("Test standard " + UUID.randomUUID(),
						org.hcstracker.audit.AuditRecord.Actor.system("Test"))
				.id());
	}

	/**
	 * An enrolment and the people around it.
	 *
	 * @param enrolment the enrolment
	 * @param lineManager the line manager
	 * @param coach the coach
	 */
	public record Enrolled(Enrolment enrolment, AccountView lineManager, AccountView coach) {

		public long id() {
			return this.enrolment.apprenticeId();
		}

	}

}
