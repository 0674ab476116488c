package org.hcstracker.risk;

import java.util.List;

import org.hcstracker.testsupport.PageTest;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hcstracker.testsupport.Pages.follow;
import static org.hcstracker.testsupport.Pages.pageText;
import static org.hcstracker.testsupport.Pages.signIn;
import static org.hcstracker.testsupport.Pages.signOut;
import static org.hcstracker.testsupport.Pages.tableRows;

/**
 * The demo apprentice with an overdue review and low hours is red, with both reasons in
 * words, at the top of the coach's caseload and of the line manager's list; the
 * apprentice page says what would clear each flag.
 */
@PageTest
class RiskJourneyTests {

	private static final String PASSWORD = "demo-password";

	@Test
	void theApprenticeMostAtRiskComesFirstWithReasonsInWords() {
		signIn("coach@demo.test", PASSWORD);
		List<String> caseload = tableRows();
		assertFirstIsJordanInRed(caseload);
		assertThat(caseload).anyMatch((row) -> row.contains("Daniel Hughes") && row.contains("Amber: keep an eye")
				&& row.contains("Planned end date"));
		follow("Jordan Ellis");
		assertThat(pageText()).contains("Red: act now")
			.contains("Clears when the coach records a review held.")
			.contains("Clears when the hours logged (approved or awaiting approval) come back within the margin");
		signOut();

		signIn("employer@demo.test", PASSWORD);
		assertFirstIsJordanInRed(tableRows());
	}

	private static void assertFirstIsJordanInRed(List<String> rows) {
		assertThat(rows).isNotEmpty();
		assertThat(rows.get(0)).contains("Jordan Ellis")
			.contains("Red: act now")
			.contains("Progress review overdue")
			.contains("Off-the-job hours behind");
		assertThat(rows.subList(1, rows.size())).noneMatch((row) -> row.contains("Red: act now"));
	}

}
