package org.hcstracker.demo;

import java.util.ArrayList;
import java.util.List;

import org.hcstracker.audit.AuditRecord.Actor;
import org.hcstracker.notifications.DemoNotifications;
import org.hcstracker.people.AccountService;
import org.hcstracker.people.AccountPasswords;
import org.hcstracker.people.AccountView;
import org.hcstracker.people.EmailAddress;
import org.hcstracker.people.NewAccount;
import org.hcstracker.people.OrganisationService;
import org.hcstracker.people.OrganisationType;
import org.hcstracker.people.OrganisationView;
import org.hcstracker.people.Role;
import org.hcstracker.programme.KsbCode;
import org.hcstracker.programme.StandardVersionService;
import org.hcstracker.programme.StandardVersionView;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The demo programme: a training provider, two employers and an end-point assessment
 * organisation, accounts for every role, the two versions of the standard and a dozen
 * apprentices ({@link DemoApprentices}). Made through the services, so the demo data
 * obeys the same rules as data entered through the pages. Each part loads only if it is
 * missing, in a transaction of its own, so a demo database made by an earlier version
 * gains the parts added since, and a load cut short resumes with the part it was on.
 */
@Component
class DemoData {

	static final String PASSWORD = "demo-password";

	static final String TRAINING_PROVIDER = "Pennine Healthcare Science Academy";

	static final String EMPLOYER_NORTH = "Northshore Teaching Hospitals NHS Foundation Trust";

	static final String EMPLOYER_VALLEY = "Calder Valley Pathology Partnership";

	static final String EPAO = "Meridian End-Point Assessment Ltd";

	private static final Actor DEMO = Actor.system("Demo data");

	private final OrganisationService organisations;

	private final AccountService accounts;

	private final AccountPasswords passwords;

	private final StandardVersionService standards;

	private final DemoApprentices apprentices;

	private final DemoPortfolio portfolio;

	private final DemoOffTheJob offTheJob;

	private final DemoReviews reviews;

	private final DemoGateway gateway;

	private final DemoAssessment assessment;

	private final DemoRecentActivity recentActivity;

	private final DemoNotifications notifications;

	private final TransactionTemplate transactions;

	DemoData(OrganisationService organisations, AccountService accounts, AccountPasswords passwords,
			StandardVersionService standards, DemoApprentices apprentices, DemoPortfolio portfolio,
			DemoOffTheJob offTheJob, DemoReviews reviews, DemoGateway gateway, DemoAssessment assessment,
			DemoRecentActivity recentActivity, DemoNotifications notifications,
			PlatformTransactionManager transactionManager) {
		this.transactions = new TransactionTemplate(transactionManager);
		this.notifications = notifications;
		this.gateway = gateway;
		this.assessment = assessment;
		this.recentActivity = recentActivity;
		this.portfolio = portfolio;
		this.offTheJob = offTheJob;
		this.reviews = reviews;
		this.organisations = organisations;
		this.accounts = accounts;
		this.passwords = passwords;
		this.standards = standards;
		this.apprentices = apprentices;
	}

	void loadMissingParts() {
		inItsOwnTransaction(() -> {
			if (this.organisations.findByName(TRAINING_PROVIDER).isEmpty()) {
				loadOrganisations();
				loadStandards();
			}
		});
		inItsOwnTransaction(() -> {
			if (this.accounts.findByEmail("admin@demo.test").isEmpty()) {
				loadAccounts();
			}
		});
		inItsOwnTransaction(() -> {
			if (this.accounts.findByEmail(DemoApprentices.FIRST_APPRENTICE).isEmpty()) {
				this.apprentices.load(this.accounts.findByEmail("admin@demo.test").orElseThrow());
			}
		});
		inItsOwnTransaction(() -> {
			if (!this.portfolio.isLoaded()) {
				this.portfolio.load();
			}
		});
		inItsOwnTransaction(() -> {
			if (!this.offTheJob.isLoaded()) {
				this.offTheJob.load();
			}
		});
		inItsOwnTransaction(() -> {
			if (!this.reviews.isLoaded()) {
				this.reviews.load();
			}
		});
		inItsOwnTransaction(() -> {
			if (!this.gateway.isLoaded()) {
				this.gateway.load();
			}
		});
		inItsOwnTransaction(() -> {
			if (!this.assessment.isLoaded()) {
				this.assessment.load();
			}
		});
		inItsOwnTransaction(() -> {
			if (!this.recentActivity.isLoaded()) {
				this.recentActivity.load();
			}
		});
		inItsOwnTransaction(() -> {
			if (!this.notifications.isLoaded()) {
				this.notifications.load(List.of(DemoApprentices.FIRST_APPRENTICE));
			}
		});
	}

	/**
	 * Loads one part in a transaction of its own: a part is there whole or not at all,
	 * and no transaction holds more than one part's entities, each of which every later
	 * query would check for changes again.
	 */
	private void inItsOwnTransaction(Runnable part) {
		this.transactions.executeWithoutResult((status) -> part.run());
	}

	private void loadOrganisations() {
		this.organisations.create(TRAINING_PROVIDER, OrganisationType.TRAINING_PROVIDER, DEMO);
		this.organisations.create(EMPLOYER_NORTH, OrganisationType.EMPLOYER, DEMO);
		this.organisations.create(EMPLOYER_VALLEY, OrganisationType.EMPLOYER, DEMO);
		this.organisations.create(EPAO, OrganisationType.EPAO, DEMO);
	}

	private void loadStandards() {
		StandardVersionView v10 = this.standards.createVersion("ST0220 v1.0", DEMO);
		this.standards.addKsb(v10.id(), new KsbCode("K1"), 1,
				"Person-centred care and support as the NHS Constitution and Good Scientific Practice require", DEMO);
		this.standards.addKsb(v10.id(), new KsbCode("K2"), 1,
				"Laws, organisational policies and local practice on equality and diversity", DEMO);
		this.standards.addKsb(v10.id(), new KsbCode("K3"), 1,
				"Being truthful and acting with integrity throughout professional practice", DEMO);
		this.standards.addKsb(v10.id(), new KsbCode("K4"), 1,
				"Why patients and the public should help shape healthcare science and choose about their own care",
				DEMO);
		this.standards.createVersion("ST0220 v1.1", DEMO);
	}

	private void loadAccounts() {
		record Person(String name, String email, Role role, String organisation) {
		}
		List<Person> people = List.of(new Person("Helen Marsh", "admin@demo.test", Role.ADMIN, TRAINING_PROVIDER),
				new Person("Aisha Rahman", "coach@demo.test", Role.COACH, TRAINING_PROVIDER),
				new Person("Tom Okafor", "tom.okafor@demo.test", Role.COACH, TRAINING_PROVIDER),
				new Person("David Clarke", "employer@demo.test", Role.EMPLOYER, EMPLOYER_NORTH),
				new Person("Sarah Whitfield", "sarah.whitfield@demo.test", Role.EMPLOYER, EMPLOYER_NORTH),
				new Person("Mark Bennett", "mark.bennett@demo.test", Role.EMPLOYER, EMPLOYER_VALLEY),
				new Person("Gareth Lloyd", "assessor@demo.test", Role.ASSESSOR, EPAO));
		List<Long> ids = new ArrayList<>();
		for (Person person : people) {
			OrganisationView organisation = this.organisations.findByName(person.organisation()).orElseThrow();
			AccountView account = this.accounts.create(
					new NewAccount(person.name(), new EmailAddress(person.email()), person.role(), organisation.id()),
					DEMO);
			ids.add(account.id());
		}
		this.passwords.setSamePassword(ids, PASSWORD, DEMO);
	}

}
