package org.hcstracker.progress;

import java.time.LocalDate;

import org.hcstracker.testsupport.PageTest;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hcstracker.testsupport.Pages.choose;
import static org.hcstracker.testsupport.Pages.fillIn;
import static org.hcstracker.testsupport.Pages.fillInDate;
import static org.hcstracker.testsupport.Pages.follow;
import static org.hcstracker.testsupport.Pages.heading;
import static org.hcstracker.testsupport.Pages.pageText;
import static org.hcstracker.testsupport.Pages.path;
import static org.hcstracker.testsupport.Pages.press;
import static org.hcstracker.testsupport.Pages.signIn;
import static org.hcstracker.testsupport.Pages.signOut;
import static org.hcstracker.testsupport.Pages.visit;

/**
 * An apprentice logs hours; the coach approves one entry and queries another; the
 * apprentice sees the totals and the query.
 */
@PageTest
class OffTheJobJourneyTests {

	private static final String PASSWORD = "demo-password";

	private static final String APPRENTICE = "mohammed.iqbal@demo.test";

	@Test
	void hoursAreLoggedApprovedAndQueried() {
		signIn(APPRENTICE, PASSWORD);
		follow("Off-the-job training");
		String log = path();
		recordTraining(LocalDate.now().minusDays(2), "3", "Study day");
		assertThat(pageText()).contains("The training is recorded.");
		recordTraining(LocalDate.now().minusDays(5), "2.5", "Workbook");
		signOut();

		signIn("tom.okafor@demo.test", PASSWORD);
		visit(log);
		press("Approve");
		assertThat(pageText()).contains("The entry is approved.");
		fillIn("Reason for the query", "Which workbook module was this?");
		press("Query");
		assertThat(pageText()).contains("The entry is queried");
		signOut();

		signIn(APPRENTICE, PASSWORD);
		visit(log);
		assertThat(heading()).isEqualTo("Your off-the-job training");
		assertThat(pageText()).contains("Queried: Which workbook module was this?")
			.containsPattern("Approved\\s+3 h")
			.containsPattern("Queried \\(do not count until amended and approved\\)\\s+2.5 h")
			.contains("Expected by now");
	}

	private static void recordTraining(LocalDate date, String hours, String activity) {
		fillInDate("Date", date);
		fillIn("Hours", hours);
		choose("Activity", activity);
		press("Record training");
	}

}
