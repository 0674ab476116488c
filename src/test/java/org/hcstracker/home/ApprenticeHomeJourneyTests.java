package org.hcstracker.home;

import org.hcstracker.testsupport.PageTest;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hcstracker.testsupport.Pages.heading;
import static org.hcstracker.testsupport.Pages.pageText;
import static org.hcstracker.testsupport.Pages.signIn;

/**
 * The demo apprentice opens the app and sees at once where he stands: Red with both of
 * its reasons and what clears each, his approved off-the-job hours against those expected
 * by now and the plan, the programme areas covered out of nine, and the entry his coach
 * queried, all on his home page.
 */
@PageTest
class ApprenticeHomeJourneyTests {

	@Test
	void theDemoApprenticeSeesHisStatusProgressAndQueriedEntryOnHisHome() {
		signIn("apprentice@demo.test", "demo-password");

		assertThat(heading()).isEqualTo("Your apprenticeship");
		String text = pageText();
		assertThat(text).contains("Red: act now", "Progress review overdue", "Off-the-job hours behind",
				"Clears when your coach records a review held.",
				"Clears when the hours you have logged (approved or waiting for approval) come back within the margin");
		assertThat(text)
			.containsPattern("Off-the-job hours approved, against those expected by now\\s+[\\d.]+ of [\\d.]+ h")
			.containsPattern("Off-the-job hours approved, against the plan\\s+[\\d.]+ of [\\d.]+ h")
			.contains("h short of the hours expected by now.");
		assertThat(text).containsPattern("Programme areas covered\\s+[1-8] of 9")
			.contains("Still without accepted evidence:", "9. Leadership");
		assertThat(text).contains("Off-the-job training your coach queried", "Queried:");
		assertThat(text).contains("Months on programme", "Gateway checklist items met", "Next review",
				"KSB statements evidenced", "Recent activity");
	}

}
