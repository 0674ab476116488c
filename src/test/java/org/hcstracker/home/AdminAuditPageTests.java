package org.hcstracker.home;

import jakarta.persistence.EntityManagerFactory;
import org.hcstracker.audit.AuditRecord;
import org.hcstracker.audit.AuditService;
import org.hcstracker.people.CurrentUser;
import org.hcstracker.testsupport.IntegrationTest;
import org.hcstracker.testsupport.SqlStatements;
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
	EntityManagerFactory entityManagerFactory;

	@Test
	void filtersByTheApprenticesLearnerNumber() throws Exception {
		CurrentUser admin = this.testApprentices.admin();
		Enrolled mine = this.testApprentices.enrolNew();
		Enrolled other = this.testApprentices.enrolNew();
		String mineUln = this.testApprentices.ulnOf(mine, admin);
		String otherUln = this.testApprentices.ulnOf(other, admin);

		this.mvc.perform(get("/admin/audit").param("uln", mineUln).with(user(admin)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("APPRENTICE_ENROLLED")))
			.andExpect(content().string(containsString(mineUln)))
			.andExpect(content().string(not(containsString(otherUln))));
	}

	@Test
	void anUnknownLearnerNumberSaysSo() throws Exception {
		this.mvc.perform(get("/admin/audit").param("uln", "9999999999").with(user(this.testApprentices.admin())))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("No apprentice or person matches what you entered.")));
	}

	@Test
	void theTrailIssuesAFixedNumberOfStatementsWhateverItsLength() throws Exception {
		SqlStatements statements = new SqlStatements(this.entityManagerFactory);
		CurrentUser admin = this.testApprentices.admin();
		record(admin, 60);
		long sixtyMore = statements
			.count(() -> this.mvc.perform(get("/admin/audit").with(user(admin))).andExpect(status().isOk()));
		record(admin, 120);
		long twiceAsMany = statements
			.count(() -> this.mvc.perform(get("/admin/audit").with(user(admin))).andExpect(status().isOk()));
		assertThat(twiceAsMany).isEqualTo(sixtyMore).isLessThanOrEqualTo(2);
	}

	private void record(CurrentUser admin, int events) {
		for (int i = 0; i < events; i++) {
			this.audit.record(AuditRecord.of(admin.asActor(), "TEST_EVENT", "Test", i));
		}
	}

}
