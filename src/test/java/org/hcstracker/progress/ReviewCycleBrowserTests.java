package org.hcstracker.progress;

import java.time.LocalDate;

import org.hcstracker.shared.Formats;
import org.hcstracker.testsupport.BrowserTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hcstracker.testsupport.Browser.choose;
import static org.hcstracker.testsupport.Browser.chooseIn;
import static org.hcstracker.testsupport.Browser.fillIn;
import static org.hcstracker.testsupport.Browser.fillInDate;
import static org.hcstracker.testsupport.Browser.fillInDateIn;
import static org.hcstracker.testsupport.Browser.focusedId;
import static org.hcstracker.testsupport.Browser.follow;
import static org.hcstracker.testsupport.Browser.followStartingWith;
import static org.hcstracker.testsupport.Browser.pageText;
import static org.hcstracker.testsupport.Browser.path;
import static org.hcstracker.testsupport.Browser.press;
import static org.hcstracker.testsupport.Browser.pressStartingWith;
import static org.hcstracker.testsupport.Browser.printedPages;
import static org.hcstracker.testsupport.Browser.signIn;
import static org.hcstracker.testsupport.Browser.signOut;
import static org.hcstracker.testsupport.Browser.visit;

/**
 * A review held as coaches hold them, on the demo data: Aisha Rahman records Hannah
 * Lewis's review, carrying forward an open action of the review before and adding a row
 * of action (the new row takes the focus); Hannah logs a study day and signs the review
 * with a comment, and David Clarke signs it with his; the signed review prints on one
 * page; and Aisha approves a month of waiting hours in one step. (Hannah's record is one
 * no other test reads, as the demo data is shared.)
 */
@BrowserTest
class ReviewCycleBrowserTests {

	private static final String PASSWORD = "demo-password";

	@Autowired
	JdbcClient jdbc;

	@Test
	void theCoachRecordsAReviewCarryingAnActionForwardBothSignWithCommentsAndAMonthIsApprovedAtOnce() {
		LocalDate today = LocalDate.now();
		long hannah = this.jdbc
			.sql("select a.id from apprentices a join accounts p on p.id = a.account_id where p.email = ?")
			.param("hannah.lewis@demo.test")
			.query(Long.class)
			.single();
		signIn("coach@demo.test", PASSWORD);
		visit("/apprentices/" + hannah + "/reviews");
		follow("Record a review held");
		assertThat(pageText()).contains("Progress since the review of")
			.contains("Off-the-job hours logged")
			.contains("Actions from the review of");

		fillInDate("Date held", today);
		fillIn("Progress summary", "Phased return complete; the CT quality assurance write-up is nearly done.");
		choose("Rating", "Green");
		fillIn("Reason for the rating", "Hours and evidence are back on plan.");
		chooseIn("Log the study day hours", "Done");
		chooseIn("Submit evidence for the next programme area", "Carried forward");
		fillInDateIn("Submit evidence for the next programme area", "New target date, if carried forward",
				today.plusWeeks(4));
		fillIn("Action 1", "Book the radiation protection course");
		fillInDate("Target date for action 1", today.plusWeeks(2));
		press("Add another action");
		assertThat(focusedId()).as("the new row takes the focus").isEqualTo("actions1.description");
		fillIn("Action 2", "Shadow the quality manager at the monthly audit");
		fillInDate("Target date for action 2", today.plusWeeks(3));
		press("Save the review");

		assertThat(pageText()).contains("Review saved.")
			.contains("Carried forward Submit evidence for the next programme area")
			.contains("Done Log the study day hours");
		signOut();

		signIn("hannah.lewis@demo.test", PASSWORD);
		follow("Off-the-job training");
		fillInDate("Date", today.minusDays(1));
		fillIn("Hours", "7");
		choose("Activity", "Study day");
		press("Record training");
		follow("Home");
		followStartingWith("Hannah Lewis: review held on " + Formats.date(today));
		fillIn("Your comment (optional)", "I have booked the radiation protection course for the 14th.");
		press("Sign this review");
		assertThat(pageText()).contains("Review signed.").contains("booked the radiation protection course");
		String review = path();
		signOut();

		signIn("employer@demo.test", PASSWORD);
		followStartingWith("Hannah Lewis: review held on " + Formats.date(today));
		fillIn("Your comment (optional)", "Hannah has Thursday afternoons protected for study from next week.");
		press("Sign this review");
		assertThat(pageText()).contains("Review signed.").contains("Thursday afternoons protected");
		signOut();

		signIn("coach@demo.test", PASSWORD);
		visit(review);
		assertThat(pageText()).contains("Complete");
		assertThat(printedPages()).as("a signed review prints on one page").isEqualTo(1);

		visit("/apprentices/" + hannah + "/off-the-job");
		pressStartingWith("Approve all waiting in");
		assertThat(pageText()).contains("An approved entry cannot be changed afterwards");
		pressStartingWith("Approve ");
		assertThat(pageText()).containsPattern("Approved (1 entry|\\d+ entries)\\.");
	}

}
