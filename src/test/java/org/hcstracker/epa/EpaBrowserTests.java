package org.hcstracker.epa;

import java.time.LocalDate;

import org.hcstracker.testsupport.BrowserTest;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hcstracker.testsupport.Browser.choose;
import static org.hcstracker.testsupport.Browser.fillIn;
import static org.hcstracker.testsupport.Browser.fillInDate;
import static org.hcstracker.testsupport.Browser.follow;
import static org.hcstracker.testsupport.Browser.pageText;
import static org.hcstracker.testsupport.Browser.press;
import static org.hcstracker.testsupport.Browser.signIn;
import static org.hcstracker.testsupport.Browser.signOut;

/**
 * The admin assigns the assessor to a demo apprentice at gateway; the assessor records
 * the three elements, sees the Merit explained and confirms it; the apprentice sees
 * "Merit"; an amendment keeps the original result beside it.
 */
@BrowserTest
class EpaBrowserTests {

	private static final String PASSWORD = "demo-password";

	@Test
	void anAssessorGradesAnApprenticeAndAnAmendmentKeepsBothRecords() {
		signIn("admin@demo.test", PASSWORD);
		assertThat(pageText()).contains("At gateway, waiting for an assessor");
		follow("Ben Carter");
		assertThat(pageText()).contains("No assessor assigned yet.");
		choose("Assessor", "Gareth Lloyd");
		press("Assign the assessor");
		assertThat(pageText()).contains("Assessor assigned.")
			.contains("Assessor: Gareth Lloyd")
			.contains("In end-point assessment");
		signOut();

		LocalDate day = LocalDate.now().minusDays(1);
		signIn("assessor@demo.test", PASSWORD);
		assertThat(pageText()).contains("Ben Carter").contains("0 of 3 elements recorded");
		follow("Ben Carter");
		record("Vocational Competence Observation", "Pass", day);
		record("Professional Practice Test", "Pass", day);
		assertThat(pageText()).contains("No overall grade until all three elements are recorded (2 of 3 recorded).");
		record("Professional Discussion", "Merit", day);
		assertThat(pageText()).contains("Merit: Professional Discussion graded Merit").contains("Not confirmed yet");
		press("Confirm Merit");
		assertThat(pageText()).contains("Grade confirmed.")
			.contains("Confirmed by Gareth Lloyd")
			.contains("eligible for the AHCS Associate Register");
		signOut();

		signIn("ben.carter@demo.test", PASSWORD);
		follow("End-point assessment");
		assertThat(pageText()).contains("Merit")
			.contains("Merit: Professional Discussion graded Merit")
			.contains("Completed")
			.doesNotContain("Record the assessment");
		signOut();

		signIn("assessor@demo.test", PASSWORD);
		follow("Ben Carter");
		choose("Element", "Professional Discussion");
		choose("New grade", "Distinction");
		fillIn("Reason for the amendment", "Second marker found the leadership answer was under-credited.");
		press("Amend the result");
		assertThat(pageText()).contains("Result amended.")
			.contains("Distinction: Professional Discussion graded Distinction")
			.contains("Professional Discussion, attempt 1: Merit")
			.contains("Professional Discussion, attempt 1: Distinction")
			.contains("Second marker found the leadership answer was under-credited.");
	}

	private static void record(String element, String grade, LocalDate day) {
		choose(element + ": grade", grade);
		fillInDate(element + ": date assessed", day);
		fillIn(element + ": notes (optional)", "Observed and marked against the assessment plan.");
		press("Record " + element);
		assertThat(pageText()).contains("Result recorded.");
	}

}
