package org.hcstracker.home;

import java.util.UUID;

import jakarta.persistence.EntityManagerFactory;
import org.hcstracker.audit.AuditRecord;
import org.hcstracker.audit.AuditRecord.Actor;
import org.hcstracker.audit.AuditService;
import org.hcstracker.people.AccountService;
import org.hcstracker.people.AccountView;
import org.hcstracker.people.CurrentUser;
import org.hcstracker.people.EmailAddress;
import org.hcstracker.people.NewAccount;
import org.hcstracker.people.OrganisationView;
import org.hcstracker.people.Role;
import org.hcstracker.programme.ApprenticeLists;
import org.hcstracker.programme.EnrolmentRequest;
import org.hcstracker.testsupport.IntegrationTest;
import org.hcstracker.testsupport.SqlStatements;
import org.hcstracker.testsupport.TestAccounts;
import org.hcstracker.testsupport.TestApprentices;
import org.hcstracker.testsupport.TestApprentices.Enrolled;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@IntegrationTest
class AdminAuditPageTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	AuditService audit;

	@Autowired
	TestApprentices testApprentices;

	@Autowired
	TestAccounts testAccounts;

	@Autowired
	AccountService accounts;

	@Autowired
	ApprenticeLists lists;

	@Autowired
	EntityManagerFactory entityManagerFactory;

	@Test
	void filtersByPartOfTheApprenticesName() throws Exception {
		String unique = UUID.randomUUID().toString().substring(0, 8);
		EnrolmentRequest mine = enrolNamed("Zephyrine Quill " + unique);
		EnrolmentRequest other = enrolNamed("Bartholomew Finch " + unique);

		this.mvc.perform(get("/admin/audit").param("apprentice", "zephyrine quill " + unique).with(user(admin())))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Apprentice enrolled")))
			.andExpect(content().string(containsString(mine.name())))
			.andExpect(content().string(not(containsString("APPRENTICE_ENROLLED"))))
			.andExpect(content().string(not(containsString(other.name()))));
	}

	@Test
	void filtersByTheApprenticesLearnerNumber() throws Exception {
		CurrentUser admin = admin();
		Enrolled mine = this.testApprentices.enrolNew();
		Enrolled other = this.testApprentices.enrolNew();

		this.mvc
			.perform(get("/admin/audit").param("apprentice", this.testApprentices.ulnOf(mine, admin)).with(user(admin)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Apprentice enrolled")))
			.andExpect(content().string(containsString(this.testApprentices.ulnOf(mine, admin))))
			.andExpect(content().string(not(containsString(this.testApprentices.ulnOf(other, admin)))));
	}

	@Test
	void filtersByTheNameOfThePersonWhoActed() throws Exception {
		String unique = UUID.randomUUID().toString().substring(0, 8);
		AccountView actor = named(Role.ADMIN, "Ottoline Vance " + unique);
		AccountView bystander = named(Role.ADMIN, "Peregrine Holt " + unique);
		AccountView subject = this.testAccounts.person(Role.COACH);
		this.audit.record(
				AuditRecord.of(TestAccounts.signedIn(actor).asActor(), "ACCOUNT_DISABLED", "Account", subject.id()));
		this.audit.record(
				AuditRecord.of(TestAccounts.signedIn(bystander).asActor(), "ACCOUNT_ENABLED", "Account", subject.id()));

		this.mvc.perform(get("/admin/audit").param("person", "ottoline vance " + unique).with(user(admin())))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(actor.name())))
			.andExpect(content().string(containsString("Account disabled")))
			.andExpect(content().string(not(containsString("Account enabled"))))
			.andExpect(content().string(not(containsString(bystander.name()))));
	}

	@Test
	void eachChangeReadsInWordsWithNamesAndLondonTimes() throws Exception {
		CurrentUser admin = admin();
		String unique = UUID.randomUUID().toString().substring(0, 8);
		EnrolmentRequest request = enrolNamed("Marigold Ashby " + unique);
		long apprenticeId = this.lists.findIdByUln(request.uln(), admin).orElseThrow();
		OrganisationView organisation = this.testAccounts.organisationFor(Role.ASSESSOR);
		AccountView person = this.testAccounts.person(Role.COACH);
		Actor coach = TestAccounts.signedIn(named(Role.COACH, "Coach " + unique)).asActor();
		this.audit.record(AuditRecord.of(coach, "EVIDENCE_RETURNED", "Evidence", 987_654)
			.apprentice(apprenticeId)
			.before("SUBMITTED")
			.after("RETURNED: Calibrating the analyser"));
		this.audit.record(AuditRecord.of(coach, "GATEWAY_APPROVED", "GatewayDecision", 876_543)
			.apprentice(apprenticeId)
			.after("APPROVED; EPAO " + organisation.id()));
		this.audit.record(AuditRecord.of(coach, "ORGANISATION_RENAMED", "Organisation", organisation.id()));
		this.audit.record(AuditRecord.of(coach, "ACCOUNT_DISABLED", "Account", person.id()));

		this.mvc.perform(get("/admin/audit").param("person", "Coach " + unique).with(user(admin)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Evidence returned to the apprentice")))
			.andExpect(content().string(containsString("Waiting for review")))
			.andExpect(content().string(containsString("Returned: Calibrating the analyser")))
			.andExpect(content().string(containsString("Approved; " + organisation.name())))
			.andExpect(content().string(containsString(request.name())))
			.andExpect(content().string(containsString(person.name())))
			.andExpect(content().string(not(containsString("EVIDENCE_RETURNED"))))
			.andExpect(content().string(not(containsString("SUBMITTED"))))
			.andExpect(content().string(not(containsString("Apprentice " + apprenticeId))))
			.andExpect(content().string(not(containsString("Account " + person.id()))))
			.andExpect(content().string(not(containsString("Organisation " + organisation.id()))))
			.andExpect(content().string(not(containsString("EPAO " + organisation.id()))));
	}

	@Test
	void anUnknownNameSaysSo() throws Exception {
		this.mvc.perform(get("/admin/audit").param("apprentice", "no such apprentice anywhere").with(user(admin())))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("No apprentice or person matches what you entered.")));
	}

	@Test
	void theTrailIssuesAFixedNumberOfStatementsWhateverItsLength() throws Exception {
		SqlStatements statements = new SqlStatements(this.entityManagerFactory);
		CurrentUser admin = admin();
		record(admin, 60);
		long sixtyMore = statements
			.count(() -> this.mvc.perform(get("/admin/audit").with(user(admin))).andExpect(status().isOk()));
		record(admin, 120);
		long twiceAsMany = statements
			.count(() -> this.mvc.perform(get("/admin/audit").with(user(admin))).andExpect(status().isOk()));
		// The page and its count, then one statement each for the names of the page's
		// apprentices, people and organisations, and the header's unread count.
		assertThat(twiceAsMany).isEqualTo(sixtyMore).isLessThanOrEqualTo(6);
	}

	private void record(CurrentUser admin, int events) {
		String[] kinds = { "Apprentice", "Account", "Organisation" };
		for (int i = 0; i < events; i++) {
			this.audit.record(
					AuditRecord.of(admin.asActor(), "TEST_EVENT", kinds[i % 3], 900_000 + i).apprentice(800_000 + i));
		}
	}

	private CurrentUser admin() {
		return this.testApprentices.admin();
	}

	private EnrolmentRequest enrolNamed(String name) {
		return this.testApprentices.enrolmentRequest(this.testAccounts.person(Role.EMPLOYER),
				this.testAccounts.person(Role.COACH), name);
	}

	private AccountView named(Role role, String name) {
		OrganisationView organisation = this.testAccounts.organisationFor(role);
		return this.accounts.create(
				new NewAccount(name, new EmailAddress(UUID.randomUUID() + "@example.test"), role, organisation.id()),
				Actor.system("Test"));
	}

}
