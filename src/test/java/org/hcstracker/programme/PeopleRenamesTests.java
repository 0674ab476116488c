package org.hcstracker.programme;

import org.hcstracker.people.AccountService;
import org.hcstracker.people.CurrentUser;
import org.hcstracker.people.OrganisationService;
import org.hcstracker.testsupport.IntegrationTest;
import org.hcstracker.testsupport.TestApprentices;
import org.hcstracker.testsupport.TestApprentices.Enrolled;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The names kept on each apprentice follow the people module's renames, in the same
 * transaction.
 */
@IntegrationTest
class PeopleRenamesTests {

	@Autowired
	TestApprentices testApprentices;

	@Autowired
	ApprenticeDirectory directory;

	@Autowired
	ApprenticeLists lists;

	@Autowired
	AccountService accounts;

	@Autowired
	OrganisationService organisations;

	@Test
	void renamingThePeopleAroundAnApprenticeShowsOnTheirProfile() {
		CurrentUser admin = this.testApprentices.admin();
		Enrolled enrolled = this.testApprentices.enrolNew();
		long employerId = enrolled.lineManager().organisationId();

		this.accounts.rename(enrolled.enrolment().accountId(), "Bethany Mills-Okafor", admin);
		this.accounts.rename(enrolled.coach().id(), "Dr Priya Raman", admin);
		this.accounts.rename(enrolled.lineManager().id(), "Tom Hadley-Price", admin);
		this.organisations.rename(employerId, "Renamed Trust " + employerId,
				this.organisations.findForEdit(employerId).version(), admin.asActor());

		ApprenticeProfile profile = this.directory.profile(enrolled.id(), admin);
		assertThat(profile.name()).isEqualTo("Bethany Mills-Okafor");
		assertThat(profile.coachName()).isEqualTo("Dr Priya Raman");
		assertThat(profile.lineManagerName()).isEqualTo("Tom Hadley-Price");
		assertThat(profile.employerName()).isEqualTo("Renamed Trust " + employerId);
		assertThat(this.lists
			.all(admin, new ApprenticeLists.ApprenticeFilter(null, null, employerId, null),
					ApprenticeListQuery.of("mills-okafor", null, 0))
			.getContent()).extracting(ApprenticeRow::id).containsExactly(enrolled.id());
	}

}
