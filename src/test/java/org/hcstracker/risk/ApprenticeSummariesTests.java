package org.hcstracker.risk;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import jakarta.persistence.EntityManagerFactory;
import org.hcstracker.people.AccountService;
import org.hcstracker.people.AccountView;
import org.hcstracker.people.CurrentUser;
import org.hcstracker.people.Role;
import org.hcstracker.portfolio.EvidenceReviewService;
import org.hcstracker.programme.ApprenticeLifecycleService;
import org.hcstracker.programme.ApprenticeListQuery;
import org.hcstracker.programme.ApprenticeRow;
import org.hcstracker.progress.AgreedAction;
import org.hcstracker.progress.OffTheJobActivity;
import org.hcstracker.progress.OffTheJobDetails;
import org.hcstracker.progress.OffTheJobService;
import org.hcstracker.progress.ProgressReviewService;
import org.hcstracker.progress.ReviewContent;
import org.hcstracker.progress.ReviewRag;
import org.hcstracker.shared.RuleException;
import org.hcstracker.testsupport.IntegrationTest;
import org.hcstracker.testsupport.SqlStatements;
import org.hcstracker.testsupport.TestAccounts;
import org.hcstracker.testsupport.TestApprentices;
import org.hcstracker.testsupport.TestApprentices.Enrolled;
import org.hcstracker.testsupport.TestEvidence;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The summaries kept change by change are those a rebuild from the records gives, after a
 * random run of the changes people make (and so are the areas with accepted evidence, and
 * the scope, status and name copied from the apprentice, through renames and caseload
 * moves); the lists ordered by them in the database come in the order of the flags worked
 * out in full; their cost does not grow with the list.
 */
@IntegrationTest
class ApprenticeSummariesTests {

	@Autowired
	ApprenticeSummaries summaries;

	@Autowired
	SummaryRebuilds rebuilds;

	@Autowired
	RiskService risk;

	@Autowired
	ApprenticeRisk apprenticeRisk;

	@Autowired
	EvidenceReviewService evidence;

	@Autowired
	OffTheJobService offTheJob;

	@Autowired
	ProgressReviewService reviews;

	@Autowired
	ApprenticeLifecycleService lifecycle;

	@Autowired
	AccountService accounts;

	@Autowired
	TestAccounts testAccounts;

	@Autowired
	TestApprentices testApprentices;

	@Autowired
	TestEvidence testEvidence;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	MockMvc mvc;

	@Autowired
	EntityManagerFactory entityManagerFactory;

	@Test
	void theSummariesKeptChangeByChangeAreThoseRebuiltFromTheRecords() throws Exception {
		Random random = new Random(20261201);
		AccountView coach = this.testAccounts.person(Role.COACH);
		AccountView otherCoach = this.testAccounts.person(Role.COACH);
		AccountView lineManager = this.testAccounts.person(Role.EMPLOYER);
		AccountView otherLineManager = this.testAccounts.person(Role.EMPLOYER, lineManager.organisationId());
		List<Enrolled> apprentices = new ArrayList<>();
		for (int i = 0; i < 6; i++) {
			apprentices.add(new Enrolled(this.testApprentices.enrol(lineManager, coach), lineManager, coach));
		}
		Map<Long, List<Long>> waiting = new HashMap<>();
		CurrentUser admin = this.testApprentices.admin();
		LocalDate today = LocalDate.now();
		for (int step = 0; step < 80; step++) {
			int index = random.nextInt(apprentices.size());
			Enrolled apprentice = apprentices.get(index);
			List<Long> submitted = waiting.computeIfAbsent(apprentice.id(), (id) -> new ArrayList<>());
			try {
				switch (random.nextInt(12)) {
					case 0, 1 -> submitted.add(this.testEvidence.submitted(apprentice, "Work " + step, 1 + step % 9));
					case 2 -> {
						if (!submitted.isEmpty()) {
							long id = submitted.remove(0);
							this.evidence.accept(apprentice.id(), id, this.testEvidence.version(apprentice, id), null,
									this.testEvidence.coach(apprentice));
						}
					}
					case 3 -> {
						if (!submitted.isEmpty()) {
							long id = submitted.remove(submitted.size() - 1);
							this.evidence.returnToApprentice(apprentice.id(), id,
									this.testEvidence.version(apprentice, id), "Say more.",
									this.testEvidence.coach(apprentice));
						}
					}
					case 4 -> {
						long entry = this.offTheJob.record(apprentice.id(),
								new OffTheJobDetails(today.minusDays(random.nextInt(60)),
										BigDecimal.valueOf(1 + random.nextInt(12)), OffTheJobActivity.STUDY_DAY, null),
								this.testEvidence.apprentice(apprentice));
						if (random.nextBoolean()) {
							this.offTheJob.query(apprentice.id(), entry, 0, "Which course was this?",
									this.testEvidence.coach(apprentice));
						}
					}
					case 5 -> {
						LocalDate held = today.minusDays(random.nextInt(120));
						this.reviews.record(apprentice.id(),
								new ReviewContent(held, "Progress discussed", ReviewRag.values()[step % 3],
										"Rated at step " + step, List.of(new AgreedAction("Keep going", today))),
								this.testEvidence.coach(apprentice));
					}
					case 6 -> this.lifecycle.startBreak(apprentice.id(), today.minusDays(random.nextInt(40)),
							"Family leave", admin);
					case 7 -> this.lifecycle.returnFromBreak(apprentice.id(), today, admin);
					case 9 -> {
						AccountView to = (apprentice.coach().id() == coach.id()) ? otherCoach : coach;
						this.lifecycle.changeCoach(apprentice.id(), to.id(), admin);
						apprentices.set(index, new Enrolled(apprentice.enrolment(), apprentice.lineManager(), to));
					}
					case 10 -> {
						if (random.nextBoolean()) {
							AccountView to = (apprentice.lineManager().id() == lineManager.id()) ? otherLineManager
									: lineManager;
							this.lifecycle.changeLineManager(apprentice.id(), to.id(), admin);
							apprentices.set(index, new Enrolled(apprentice.enrolment(), to, apprentice.coach()));
						}
						else {
							this.accounts.rename(apprentice.enrolment().accountId(), "Renamed at step " + step, admin);
						}
					}
					case 11 -> {
						AccountView from = apprentice.coach();
						AccountView to = (from.id() == coach.id()) ? otherCoach : coach;
						this.mvc
							.perform(post("/admin/caseloads/move").param("fromCoachId", String.valueOf(from.id()))
								.param("toCoachId", String.valueOf(to.id()))
								.param("confirmed", "true")
								.with(user(admin))
								.with(csrf()))
							.andExpect(status().is3xxRedirection());
						apprentices.replaceAll((each) -> (coachOf(each.id()) == to.id())
								? new Enrolled(each.enrolment(), each.lineManager(), to) : each);
					}
					default -> {
						if (random.nextInt(10) == 0) {
							this.lifecycle.withdraw(apprentice.id(), today, "Left the trust", admin);
						}
					}
				}
			}
			catch (RuleException | ObjectOptimisticLockingFailureException refused) {
				// A change the rules refuse in the apprentice's present state changes
				// nothing.
			}
		}
		List<Long> ids = apprentices.stream().map(Enrolled::id).toList();
		List<Map<String, Object>> kept = rows(ids);
		assertThat(kept).hasSize(ids.size());
		this.rebuilds.rebuildAll();
		assertThat(rows(ids)).isEqualTo(kept);
		assertThat(this.jdbc.sql("""
				select apprentice_id, employer_id, coach_id, line_manager_id, status, name from apprentice_summaries
				where apprentice_id in (:ids) order by apprentice_id
				""").param("ids", ids).query().listOfRows()).isEqualTo(this.jdbc.sql("""
				select id as apprentice_id, employer_id, coach_id, line_manager_id, status, name from apprentices
				where id in (:ids) order by id
				""").param("ids", ids).query().listOfRows());

		assertThat(this.jdbc.sql("""
				select apprentice_id, programme_area_id from accepted_areas where apprentice_id in (:ids)
				order by apprentice_id, programme_area_id
				""").param("ids", ids).query().listOfRows()).isNotEmpty().isEqualTo(this.jdbc.sql("""
				select distinct e.apprentice_id, a.programme_area_id
				from evidence e join evidence_areas a on a.evidence_id = e.id
				where e.apprentice_id in (:ids) and e.status = 'ACCEPTED'
				order by e.apprentice_id, a.programme_area_id
				""").param("ids", ids).query().listOfRows());

		List<ApprenticeRow> ordered = new ArrayList<>();
		for (AccountView each : List.of(coach, otherCoach)) {
			List<ApprenticeRow> caseload = this.risk
				.caseload(TestAccounts.signedIn(each), ApprenticeListQuery.riskFirst(null, null, 0))
				.page()
				.getContent();
			List<Long> byFullRisk = caseload.stream()
				.sorted(Comparator.comparingInt((ApprenticeRow row) -> this.apprenticeRisk.of(row.id(), admin).rank())
					.thenComparing(ApprenticeRow::name)
					.thenComparing(ApprenticeRow::id))
				.map(ApprenticeRow::id)
				.toList();
			assertThat(caseload).extracting(ApprenticeRow::id).containsExactlyElementsOf(byFullRisk);
			ordered.addAll(caseload);
		}
		assertThat(ordered).extracting(ApprenticeRow::id).containsExactlyInAnyOrderElementsOf(ids);
	}

	@Test
	void aSummaryChangedOutsideTheApplicationIsPutRightByTheAdminsRebuild() throws Exception {
		Enrolled apprentice = this.testApprentices.enrolNew();
		this.testEvidence.submitted(apprentice, "Sample reception audit", 2);
		List<Map<String, Object>> before = rows(List.of(apprentice.id()));
		this.jdbc
			.sql("update apprentice_summaries set last_submitted = null, no_evidence_from = :day"
					+ " where apprentice_id = :id")
			.param("day", LocalDate.of(2000, 1, 1))
			.param("id", apprentice.id())
			.update();
		assertThat(rows(List.of(apprentice.id()))).isNotEqualTo(before);
		CurrentUser admin = this.testApprentices.admin();
		this.mvc.perform(get("/admin/summaries").with(user(admin))).andExpect(status().isOk());
		this.mvc.perform(post("/admin/summaries/rebuild").with(user(admin)).with(csrf()))
			.andExpect(redirectedUrl("/admin/summaries"));
		assertThat(rows(List.of(apprentice.id()))).isEqualTo(before);
		this.mvc.perform(post("/admin/summaries/rebuild").with(user(this.testEvidence.coach(apprentice))).with(csrf()))
			.andExpect(status().isForbidden());
	}

	@Test
	void theLineManagersListOfAWholeOrganisationTakesAFixedNumberOfStatements() throws Exception {
		SqlStatements statements = new SqlStatements(this.entityManagerFactory);
		AccountView lineManager = this.testAccounts.person(Role.EMPLOYER);
		AccountView colleague = this.testAccounts.person(Role.EMPLOYER, lineManager.organisationId());
		AccountView coach = this.testAccounts.person(Role.COACH);
		for (int i = 0; i < 3; i++) {
			this.testApprentices.enrol(lineManager, coach);
		}
		CurrentUser signedIn = TestAccounts.signedIn(lineManager);
		long small = statements
			.count(() -> this.mvc.perform(get("/employer").with(user(signedIn))).andExpect(status().isOk()));
		for (int i = 0; i < 60; i++) {
			this.testApprentices.enrol((i % 2 == 0) ? lineManager : colleague, coach);
		}
		long large = statements
			.count(() -> this.mvc.perform(get("/employer").with(user(signedIn))).andExpect(status().isOk()));
		long list = statements.count(() -> assertThat(
				this.risk.employed(signedIn, ApprenticeListQuery.riskFirst(null, null, 2)).page().getContent())
			.hasSize(63 - 2 * ApprenticeListQuery.PAGE_SIZE));
		// Plus the unread count of the notifications in the header.
		assertThat(large).isEqualTo(small).isLessThanOrEqualTo(10);
		assertThat(list).isLessThanOrEqualTo(3);
	}

	private long coachOf(long apprenticeId) {
		return this.jdbc.sql("select coach_id from apprentices where id = :id")
			.param("id", apprenticeId)
			.query(Long.class)
			.single();
	}

	private List<Map<String, Object>> rows(List<Long> ids) {
		return this.jdbc.sql("select * from apprentice_summaries where apprentice_id in (:ids) order by apprentice_id")
			.param("ids", ids)
			.query()
			.listOfRows();
	}

}
