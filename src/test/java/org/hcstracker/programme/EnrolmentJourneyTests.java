package org.hcstracker.programme;

import java.time.LocalDate;
import java.util.UUID;

import org.hcstracker.testsupport.PageTest;
import org.hcstracker.testsupport.TestApprentices;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hcstracker.testsupport.Pages.choose;
import static org.hcstracker.testsupport.Pages.fillIn;
import static org.hcstracker.testsupport.Pages.fillInDate;
import static org.hcstracker.testsupport.Pages.follow;
import static org.hcstracker.testsupport.Pages.heading;
import static org.hcstracker.testsupport.Pages.pageText;
import static org.hcstracker.testsupport.Pages.press;
import static org.hcstracker.testsupport.Pages.signIn;
import static org.hcstracker.testsupport.Pages.signOut;
import static org.hcstracker.testsupport.Pages.visit;

/**
 * The administrator enrols an apprentice through the pages; their coach and line manager
 * then find them on their home pages, and another coach does not.
 */
@PageTest
class EnrolmentJourneyTests {

	private static final String PASSWORD = "demo-password";

	@Test
	void anEnrolledApprenticeAppearsForTheirCoachAndLineManagerOnly() {
		String name = "Imogen Fairfax " + UUID.randomUUID().toString().substring(0, 6);
		String uln = TestApprentices.validUln();

		signIn("admin@demo.test", PASSWORD);
		follow("Enrol an apprentice");
		fillIn("Full name", name);
		fillIn("Email address", "imogen." + UUID.randomUUID() + "@example.test");
		fillIn("Unique learner number (ULN)", "9276308687");
		choose("Division", "Clinical Engineering");
		choose("Standard version", "ST0220 v1.1");
		choose("Employer", "Northshore Teaching Hospitals NHS Foundation Trust");
		choose("Line manager", "Mark Bennett");
		choose("Coach", "Aisha Rahman");
		fillIn("Planned off-the-job training hours", "460");
		press("Enrol apprentice");

		assertThat(heading()).isEqualTo("Enrol an apprentice");
		assertThat(pageText()).contains("There is a problem")
			.contains("This is not a valid unique learner number")
			.contains("This line manager works for a different employer");

		fillIn("Unique learner number (ULN)", uln);
		choose("Line manager", "David Clarke");
		press("Enrol apprentice");

		assertThat(heading()).isEqualTo(name);
		assertThat(pageText()).contains("The apprentice is enrolled.")
			.contains(uln)
			.contains("On programme")
			.contains("Enrolled");
		signOut();

		signIn("coach@demo.test", PASSWORD);
		fillIn("Search by name or learner number", uln);
		press("Show");
		assertThat(pageText()).contains(name);
		follow(name);
		assertThat(heading()).isEqualTo(name);
		signOut();

		signIn("employer@demo.test", PASSWORD);
		assertThat(pageText()).contains("Apprentices you line-manage come first.");
		fillIn("Search by name or learner number", name.substring(0, 14));
		press("Show");
		assertThat(pageText()).contains(name);
		signOut();

		signIn("tom.okafor@demo.test", PASSWORD);
		fillIn("Search by name or learner number", uln);
		press("Show");
		assertThat(pageText()).doesNotContain(name).contains("No apprentices match your search.");
	}

	@Test
	void theAdministratorStartsAndEndsABreakInLearning() {
		signIn("admin@demo.test", PASSWORD);
		visit("/admin/apprentices?q=Ryan+Patel");
		follow("Ryan Patel");
		follow("Manage enrolment");
		fillInDate("First day of the break", LocalDate.now().minusDays(14));
		fillIn("Reason", "Compassionate leave");
		press("Start break in learning");
		assertThat(pageText()).contains("The break in learning has started.").contains("Break in learning");

		press("Record return");
		assertThat(pageText()).contains("The apprentice is back on programme");
		follow("Back to the apprentice's page");
		assertThat(pageText()).contains("Break in learning started").contains("Returned from a break in learning");
	}

}
