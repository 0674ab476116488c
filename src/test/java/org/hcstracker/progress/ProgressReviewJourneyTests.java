package org.hcstracker.progress;

import java.time.LocalDate;

import org.hcstracker.testsupport.PageTest;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hcstracker.testsupport.Pages.checkEach;
import static org.hcstracker.testsupport.Pages.choose;
import static org.hcstracker.testsupport.Pages.fillIn;
import static org.hcstracker.testsupport.Pages.fillInDate;
import static org.hcstracker.testsupport.Pages.follow;
import static org.hcstracker.testsupport.Pages.followStartingWith;
import static org.hcstracker.testsupport.Pages.heading;
import static org.hcstracker.testsupport.Pages.pageText;
import static org.hcstracker.testsupport.Pages.press;
import static org.hcstracker.testsupport.Pages.signIn;
import static org.hcstracker.testsupport.Pages.signOut;

/**
 * A coach records a progress review; the apprentice and then the line manager each sign
 * it from their home page, and it is complete.
 */
@PageTest
class ProgressReviewJourneyTests {

	private static final String PASSWORD = "demo-password";

	@Test
	void aReviewIsRecordedThenSignedByTheApprenticeAndTheLineManager() {
		signIn("coach@demo.test", PASSWORD);
		assertThat(pageText()).contains("Progress reviews due")
			.contains("Jordan Ellis: overdue since")
			.contains("Liam O'Connor: due by");
		followStartingWith("Liam O'Connor: due by");
		assertThat(heading()).isEqualTo("Progress reviews: Liam O'Connor");
		follow("Record a review held");
		fillInDate("Date held", LocalDate.now());
		fillIn("Progress summary", "Calibrated the infusion pumps under supervision; write-up due.");
		choose("Rating", "Amber");
		fillIn("Reason for the rating", "Two pieces of evidence are waiting to be written up.");
		fillIn("Action 1", "Write up the infusion pump calibration as evidence");
		press("Save the review");
		assertThat(pageText()).contains("There is a problem")
			.contains("Action 1: enter the date it should be done by.");
		fillInDate("Target date for action 1", LocalDate.now().plusWeeks(3));
		checkEach("Done");
		press("Save the review");
		assertThat(pageText()).contains("Review saved.").contains("Not yet signed by the apprentice");
		signOut();

		signIn("liam.oconnor@demo.test", PASSWORD);
		assertThat(pageText()).contains("Reviews to sign");
		followStartingWith("Liam O'Connor: review held on");
		assertThat(pageText()).contains("Write up the infusion pump calibration as evidence");
		fillIn("Your comment (optional)", "The calibration write-up will be in by Friday.");
		press("Sign this review");
		assertThat(pageText()).contains("Review signed.")
			.contains("Apprentice: Liam O'Connor, signed")
			.contains("The calibration write-up will be in by Friday.");
		signOut();

		signIn("sarah.whitfield@demo.test", PASSWORD);
		followStartingWith("Liam O'Connor: review held on");
		press("Sign this review");
		assertThat(pageText()).contains("Review signed.")
			.contains("Complete")
			.contains("Line manager: Sarah Whitfield");
	}

}
