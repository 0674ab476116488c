package org.hcstracker.epa;

import org.hcstracker.testsupport.PageTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hcstracker.testsupport.Pages.fetch;
import static org.hcstracker.testsupport.Pages.follow;
import static org.hcstracker.testsupport.Pages.linkTo;
import static org.hcstracker.testsupport.Pages.pageText;
import static org.hcstracker.testsupport.Pages.signIn;

/**
 * A demo apprentice's EPA result changed directly in the database shows on the admin's
 * check and on the results page, naming the entry. The change is undone afterwards.
 */
@PageTest
class EpaIntegrityJourneyTests {

	private static final String AARONS_ENTRIES = "epa_record_id = (select r.id from epa_records r "
			+ "join apprentices a on a.id = r.apprentice_id join accounts p on p.id = a.account_id "
			+ "where p.email = 'aaron.mitchell@demo.test')";

	@Autowired
	JdbcClient jdbc;

	@Test
	void aResultChangedInTheDatabaseIsNamedOnTheAdminsCheckAndTheResultsPage() {
		signIn("admin@demo.test", "demo-password");
		follow("EPA history check");
		assertThat(pageText()).contains("histories checked").doesNotContain("Aaron Mitchell");

		change("DISTINCTION");
		try {
			follow("Home");
			follow("EPA history check");
			assertThat(pageText()).contains("Aaron Mitchell")
				.contains("History broken: entry 3 was changed outside the application.");
			assertThat(fetch(linkTo("Download the full report (CSV)"))).startsWith("200 text/csv");
			follow("Aaron Mitchell");
			assertThat(pageText()).contains("History broken: entry 3 was changed outside the application.")
				.contains("Distinction");
		}
		finally {
			change("MERIT");
		}
	}

	private void change(String grade) {
		int changed = this.jdbc
			.sql("update epa_entries set grade = ? where sequence_number = 3 and element = 'PD' and " + AARONS_ENTRIES)
			.param(grade)
			.update();
		assertThat(changed).isEqualTo(1);
	}

}
