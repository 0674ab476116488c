package org.hcstracker.progress;

import java.time.LocalDate;

import org.hcstracker.testsupport.BrowserTest;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hcstracker.testsupport.Browser.choose;
import static org.hcstracker.testsupport.Browser.fillIn;
import static org.hcstracker.testsupport.Browser.fillInDate;
import static org.hcstracker.testsupport.Browser.focusedId;
import static org.hcstracker.testsupport.Browser.follow;
import static org.hcstracker.testsupport.Browser.fullWindow;
import static org.hcstracker.testsupport.Browser.heading;
import static org.hcstracker.testsupport.Browser.inView;
import static org.hcstracker.testsupport.Browser.pageText;
import static org.hcstracker.testsupport.Browser.press;
import static org.hcstracker.testsupport.Browser.screen;
import static org.hcstracker.testsupport.Browser.signIn;
import static org.hcstracker.testsupport.Browser.signOut;
import static org.hcstracker.testsupport.Browser.title;
import static org.hcstracker.testsupport.Browser.visit;

/**
 * An apprentice logs hours; the coach approves one entry and queries another; the
 * apprentice sees the totals, the query and the chart.
 */
@BrowserTest
class OffTheJobBrowserTests {

	private static final String PASSWORD = "demo-password";

	private static final String APPRENTICE = "mohammed.iqbal@demo.test";

	@Test
	void hoursAreLoggedApprovedAndQueried() {
		signIn(APPRENTICE, PASSWORD);
		follow("Off-the-job training");
		String log = currentPath();
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
			.contains("Approved\n3 h")
			.contains("Queried (do not count until amended and approved)\n2.5 h")
			.contains("Expected by now");
	}

	@Test
	void hoursTypedWithACommaOpenOnTheErrorSummaryInViewWithTheFocusOnIt() {
		signIn(APPRENTICE, PASSWORD);
		follow("Off-the-job training");

		recordTraining(LocalDate.now().minusDays(1), "7,5", "Study day");

		assertThat(title()).startsWith("Error: ");
		assertThat(focusedId()).isEqualTo("error-summary");
		assertThat(inView("error-summary")).as("the error summary in view at 1280 px").isTrue();
		assertThat(pageText()).contains("There is a problem");

		screen(390, 844);
		try {
			recordTraining(LocalDate.now().minusDays(1), "7,5", "Study day");

			assertThat(focusedId()).isEqualTo("error-summary");
			assertThat(inView("error-summary")).as("the error summary in view at 390 px").isTrue();
		}
		finally {
			fullWindow();
		}
	}

	private static void recordTraining(LocalDate date, String hours, String activity) {
		fillInDate("Date", date);
		fillIn("Hours", hours);
		choose("Activity", activity);
		press("Record training");
	}

	private static String currentPath() {
		return org.hcstracker.testsupport.Browser.path();
	}

}
