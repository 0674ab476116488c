package org.hcstracker.epa;

import java.time.LocalDate;

import org.hcstracker.testsupport.BrowserTest;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hcstracker.testsupport.Browser.choose;
import static org.hcstracker.testsupport.Browser.fillIn;
import static org.hcstracker.testsupport.Browser.follow;
import static org.hcstracker.testsupport.Browser.pageText;
import static org.hcstracker.testsupport.Browser.press;
import static org.hcstracker.testsupport.Browser.pressEnter;
import static org.hcstracker.testsupport.Browser.signIn;
import static org.hcstracker.testsupport.Browser.signOut;
import static org.hcstracker.testsupport.Browser.tabTo;
import static org.hcstracker.testsupport.Browser.tabToButton;
import static org.hcstracker.testsupport.Browser.type;
import static org.hcstracker.testsupport.Browser.typeDate;

/**
 * The admin assigns the assessor to a demo apprentice at gateway through the step that
 * restates the choice; the assessor records the three elements by keyboard, is stopped by
 * a grade left unchosen, corrects a result with a reason (both kept in the history) and
 * confirms the grade through the step that explains it; the apprentice then sees it, and
 * an amendment keeps the original beside it.
 */
@BrowserTest
class EpaBrowserTests {

	private static final String PASSWORD = "demo-password";

	@Test
	void anAssessorGradesByKeyboardIsStoppedByAMissingChoiceAndCorrectsWithAReason() {
		signIn("admin@demo.test", PASSWORD);
		assertThat(pageText()).contains("At gateway, waiting for an assessor");
		follow("Ben Carter");
		assertThat(pageText()).contains("No assessor assigned yet.");
		choose("Assessor", "Gareth Lloyd");
		press("Assign the assessor");
		assertThat(pageText()).contains("Gareth Lloyd will assess Ben Carter.")
			.contains("Ben Carter moves into end-point assessment");
		press("Confirm: assign Gareth Lloyd");
		assertThat(pageText()).contains("Assessor assigned.")
			.contains("Assessor: Gareth Lloyd")
			.contains("In end-point assessment");
		signOut();

		LocalDate day = LocalDate.now().minusDays(1);
		signIn("assessor@demo.test", PASSWORD);
		assertThat(pageText()).contains("Ben Carter").contains("0 of 3 elements recorded");
		follow("Ben Carter");
		record("Vocational Competence Observation", "Pass", day);

		tabTo("Professional Practice Test: date assessed");
		typeDate(day);
		tabToButton("Record Professional Practice Test");
		pressEnter();
		assertThat(pageText()).contains("There is a problem").contains("Choose a grade.");
		assertThat(pageText()).doesNotContain("Result recorded.");
		record("Professional Practice Test", "Distinction", day);
		assertThat(pageText()).contains("No overall grade until all three elements are recorded (2 of 3 recorded).");
		record("Professional Discussion", "Pass", day);
		assertThat(pageText()).contains("Distinction: Professional Practice Test graded Distinction");

		follow("Correct Professional Discussion");
		assertThat(pageText()).contains("Recorded now: Pass");
		tabTo("New grade");
		type("Merit");
		tabTo("Reason for the correction");
		type("Second marker's moderation: the service improvement answer meets Merit.");
		tabToButton("Record the correction");
		pressEnter();
		assertThat(pageText()).contains("Result corrected.");

		follow("Check and confirm Distinction");
		assertThat(pageText()).contains("Vocational Competence Observation\nPass")
			.contains("Professional Practice Test\nDistinction")
			.contains("Professional Discussion\nMerit")
			.contains(
					"Distinction: the Professional Practice Test is Distinction, which outranks the Professional Discussion’s Merit.");
		press("Confirm Distinction");
		assertThat(pageText()).contains("Grade confirmed.")
			.contains("Confirmed by Gareth Lloyd")
			.contains("Professional Discussion, attempt 1: Pass")
			.contains("Professional Discussion, attempt 1: Merit")
			.contains("Second marker's moderation: the service improvement answer meets Merit.")
			.contains("eligible for the AHCS Associate Register");
		signOut();

		signIn("ben.carter@demo.test", PASSWORD);
		follow("End-point assessment");
		assertThat(pageText()).contains("Distinction: Professional Practice Test graded Distinction")
			.contains("Correction")
			.contains("Completed")
			.doesNotContain("Record the assessment");
		signOut();

		signIn("assessor@demo.test", PASSWORD);
		follow("Ben Carter");
		follow("Amend Professional Discussion");
		choose("New grade", "Distinction");
		fillIn("Reason for the amendment", "Appeal upheld: the leadership answer was under-credited.");
		press("Amend the result");
		assertThat(pageText()).contains("Result amended.")
			.contains("Distinction: Professional Practice Test and Professional Discussion graded Distinction")
			.contains("Professional Discussion, attempt 1: Merit")
			.contains("Professional Discussion, attempt 1: Distinction");
	}

	/** Chooses the grade, types the date and records, all from the keyboard. */
	private static void record(String element, String grade, LocalDate day) {
		tabTo(element + ": grade");
		type(grade);
		tabTo(element + ": date assessed");
		typeDate(day);
		tabToButton("Record " + element);
		pressEnter();
		assertThat(pageText()).contains("Result recorded.");
	}

}
