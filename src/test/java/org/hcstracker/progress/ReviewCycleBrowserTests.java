package org.hcstracker.progress;

import java.time.LocalDate;

import org.hcstracker.shared.Formats;
import org.hcstracker.testsupport.BrowserTest;
import org.junit.jupiter.api.Test;

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
 * A review held as coaches hold them, on the demo data: Aisha Rahman records Jordan
 * Ellis's overdue review in place of the one scheduled, carrying forward an open action
 * of the review before and adding a row of action (the new row takes the focus); Jordan
 * and David Clarke sign it with their comments; the signed review prints on one page; and
 * she approves his month of waiting hours in one step.
 */
@BrowserTest
class ReviewCycleBrowserTests {

	private static final String PASSWORD = "demo-password";

	@Test
	void theCoachRecordsAReviewCarryingAnActionForwardBothSignWithCommentsAndAMonthIsApprovedAtOnce() {
		LocalDate today = LocalDate.now();
		signIn("coach@demo.test", PASSWORD);
		followStartingWith("Jordan Ellis: overdue since");
		String reviews = path();
		assertThat(pageText()).contains("Scheduled for");
		follow("Record a review held");
		assertThat(pageText()).contains("Progress since the review of")
			.contains("Off-the-job hours logged")
			.contains("Actions from the review of");

		fillInDate("Date held", today);
		fillIn("Progress summary", "Logged the missing study days; quality assurance evidence drafted with the coach.");
		choose("Rating", "Amber");
		fillIn("Reason for the rating", "Hours are catching up; areas 7 to 9 still need accepted evidence.");
		chooseIn("Log every study day", "Done");
		chooseIn("Submit evidence for programme areas 7 to 9", "Carried forward");
		fillInDateIn("Submit evidence for programme areas 7 to 9", "New target date, if carried forward",
				today.plusWeeks(4));
		fillIn("Action 1", "Book the clinical audit training course");
		fillInDate("Target date for action 1", today.plusWeeks(2));
		press("Add another action");
		assertThat(focusedId()).as("the new row takes the focus").isEqualTo("actions1.description");
		fillIn("Action 2", "Shadow the quality manager at the monthly audit");
		fillInDate("Target date for action 2", today.plusWeeks(3));
		press("Save the review");

		assertThat(pageText()).contains("Review saved.")
			.contains("Carried forward Submit evidence for programme areas 7 to 9")
			.contains("Done Log every study day");
		visit(reviews);
		assertThat(pageText()).as("the review held replaced the one scheduled").doesNotContain("Scheduled for");
		signOut();

		signIn("apprentice@demo.test", PASSWORD);
		followStartingWith("Jordan Ellis: review held on " + Formats.date(today));
		fillIn("Your comment (optional)", "I have booked the audit course for the 14th.");
		press("Sign this review");
		assertThat(pageText()).contains("Review signed.").contains("I have booked the audit course for the 14th.");
		signOut();

		signIn("employer@demo.test", PASSWORD);
		followStartingWith("Jordan Ellis: review held on " + Formats.date(today));
		fillIn("Your comment (optional)", "Jordan has Thursday afternoons protected for study from next week.");
		press("Sign this review");
		assertThat(pageText()).contains("Review signed.").contains("Thursday afternoons protected");
		String review = path();
		signOut();

		signIn("coach@demo.test", PASSWORD);
		visit(review);
		assertThat(pageText()).contains("Complete");
		assertThat(printedPages()).as("a signed review prints on one page").isEqualTo(1);

		visit(reviews.replace("/reviews", "/off-the-job"));
		pressStartingWith("Approve all waiting in");
		assertThat(pageText()).contains("An approved entry cannot be changed afterwards");
		pressStartingWith("Approve ");
		assertThat(pageText()).containsPattern("Approved \\d+ entries\\.");
	}

}
