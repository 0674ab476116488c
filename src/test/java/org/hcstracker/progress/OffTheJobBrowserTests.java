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
import static org.hcstracker.testsupport.Browser.inView;
import static org.hcstracker.testsupport.Browser.pageText;
import static org.hcstracker.testsupport.Browser.press;
import static org.hcstracker.testsupport.Browser.screen;
import static org.hcstracker.testsupport.Browser.signIn;
import static org.hcstracker.testsupport.Browser.title;

/**
 * What only a browser shows of the off-the-job log: a refused entry opens on its error
 * summary, in view and focused, on a desktop and on a phone. The log's journey between
 * the apprentice and the coach is {@link OffTheJobJourneyTests}.
 */
@BrowserTest
class OffTheJobBrowserTests {

	private static final String PASSWORD = "demo-password";

	private static final String APPRENTICE = "mohammed.iqbal@demo.test";

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

}
