package org.hcstracker;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.flywaydb.core.Flyway;
import org.hcstracker.people.AccountService;
import org.hcstracker.people.AccountView;
import org.hcstracker.people.CurrentUser;
import org.hcstracker.people.OrganisationService;
import org.hcstracker.people.OrganisationType;
import org.hcstracker.people.OrganisationView;
import org.hcstracker.people.Role;
import org.hcstracker.portfolio.EvidenceStatus;
import org.hcstracker.portfolio.PortfolioPages;
import org.hcstracker.portfolio.PortfolioViews;
import org.hcstracker.programme.ApprenticeDirectory;
import org.hcstracker.programme.EnrolmentRequest;
import org.hcstracker.programme.EnrolmentService;
import org.hcstracker.programme.ReferenceDataService;
import org.hcstracker.programme.StandardVersionService;
import org.hcstracker.programme.StandardVersionView;
import org.hcstracker.shared.RuleException;
import org.hcstracker.testsupport.EmbeddedDefaultTest;
import org.hcstracker.testsupport.ReadinessWitness;
import org.hcstracker.testsupport.TestAccounts;
import org.hcstracker.testsupport.TestApprentices;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.availability.ApplicationAvailability;
import org.springframework.boot.availability.ReadinessState;
import org.springframework.dao.DataAccessException;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The embedded default that {@code ./mvnw spring-boot:run} uses: an H2 file database in
 * PostgreSQL mode, migrated by the same scripts, with the demo data, loaded before the
 * application reports itself ready. Only the file's place differs, so the test never
 * touches ./data.
 */
@EmbeddedDefaultTest
class DefaultModeStartupTests {

	@Autowired
	Flyway flyway;

	@Autowired
	ReferenceDataService referenceData;

	@Autowired
	OrganisationService organisations;

	@Autowired
	StandardVersionService standards;

	@Autowired
	ApplicationAvailability availability;

	@Autowired
	ReadinessWitness witness;

	@Autowired
	TestAccounts testAccounts;

	@Autowired
	TestApprentices testApprentices;

	@Autowired
	EnrolmentService enrolments;

	@Autowired
	AccountService accounts;

	@Autowired
	ApprenticeDirectory directory;

	@Autowired
	PortfolioPages portfolio;

	@Test
	void startsOnEmbeddedH2WithEveryMigrationApplied() {
		assertThat(this.flyway.getConfiguration().getDataSource()).isNotNull();
		assertThat(this.flyway.info().pending()).isEmpty();
		assertThat(this.flyway.info().applied()).isNotEmpty();
	}

	@Test
	void referenceDataIsThere() {
		assertThat(this.referenceData.divisions()).hasSize(5);
		assertThat(this.referenceData.programmeAreas()).extracting((area) -> area.number())
			.containsExactly(1, 2, 3, 4, 5, 6, 7, 8, 9);
	}

	@Test
	void demoOrganisationsAreLoaded() {
		assertThat(this.organisations.organisations()).extracting(OrganisationView::type)
			.containsExactlyInAnyOrder(OrganisationType.TRAINING_PROVIDER, OrganisationType.EMPLOYER,
					OrganisationType.EMPLOYER, OrganisationType.EPAO);
	}

	@Test
	void demoStandardVersionsAreLoadedWithTheFourStatementsOfVersionOne() {
		assertThat(this.standards.versions()).extracting(StandardVersionView::name)
			.containsExactly("ST0220 v1.0", "ST0220 v1.1");
		StandardVersionView v10 = this.standards.versions().get(0);
		assertThat(this.standards.ksbsOf(v10.id())).extracting((ksb) -> ksb.code())
			.containsExactly("K1", "K2", "K3", "K4");
	}

	@Test
	void jordanEllissReturnedEvidenceCarriesAShortConversationThatTheApprenticeAndTheCoachRead() {
		CurrentUser jordan = TestAccounts.signedIn(this.accounts.findByEmail("apprentice@demo.test").orElseThrow());
		CurrentUser coach = TestAccounts.signedIn(this.accounts.findByEmail("coach@demo.test").orElseThrow());
		long apprenticeId = this.directory.ownReference(jordan).orElseThrow().id();
		long evidenceId = this.portfolio.portfolio(apprenticeId, jordan, PortfolioViews.Filter.none(), 0)
			.items()
			.stream()
			.filter((item) -> item.row().title().equals("Audit of sample rejection reasons"))
			.findFirst()
			.orElseThrow()
			.row()
			.id();
		for (CurrentUser reader : List.of(jordan, coach)) {
			PortfolioViews.Detail audit = this.portfolio.evidence(apprenticeId, evidenceId, reader);
			assertThat(audit.thread()).extracting(PortfolioViews.ThreadEntry::authorRole)
				.containsExactly(Role.COACH, Role.APPRENTICE, Role.COACH);
			assertThat(audit.thread().get(0).outcome()).isEqualTo(EvidenceStatus.RETURNED);
			assertThat(audit.canPost()).isTrue();
		}
	}

	@Test
	void refusesTrafficUntilTheDemoDataIsLoadedThenAcceptsIt() {
		assertThat(this.witness.seen()).containsExactly("REFUSING_TRAFFIC without demo data",
				"ACCEPTING_TRAFFIC with demo data");
		assertThat(this.availability.getReadinessState()).isEqualTo(ReadinessState.ACCEPTING_TRAFFIC);
	}

	@Test
	void writersCollidingAtTheSameInstantLeaveOneWinnerAndTheDatabaseOpenAndWritable() throws Exception {
		AccountView lineManager = this.testAccounts.person(Role.EMPLOYER);
		AccountView coach = this.testAccounts.person(Role.COACH);
		EnrolmentRequest sameLearner = this.testApprentices.request(lineManager, coach);
		int writers = 6;
		ExecutorService pool = Executors.newFixedThreadPool(writers);
		CountDownLatch start = new CountDownLatch(1);
		List<Future<?>> attempts = new ArrayList<>();
		try {
			for (int writer = 0; writer < writers; writer++) {
				attempts.add(pool.submit(() -> {
					start.await();
					return this.enrolments.enrol(sameLearner, this.testApprentices.admin());
				}));
			}
			start.countDown();
			int enrolled = 0;
			List<Throwable> refused = new ArrayList<>();
			for (Future<?> attempt : attempts) {
				try {
					attempt.get();
					enrolled++;
				}
				catch (ExecutionException ex) {
					refused.add(ex.getCause());
				}
			}
			assertThat(enrolled).isEqualTo(1);
			assertThat(refused).hasSize(writers - 1)
				.allSatisfy((refusal) -> assertThat(refusal).isInstanceOfAny(RuleException.class,
						DataAccessException.class));
		}
		finally {
			pool.shutdownNow();
		}

		assertThat(this.testApprentices.enrolNew().id()).isPositive();
		assertThat(this.referenceData.divisions()).hasSize(5);
	}

}
