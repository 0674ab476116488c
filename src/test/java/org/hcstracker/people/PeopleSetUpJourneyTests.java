package org.hcstracker.people;

import java.util.UUID;

import org.hcstracker.testsupport.PageTest;
import org.hcstracker.testsupport.TestApprentices;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hcstracker.testsupport.Pages.choose;
import static org.hcstracker.testsupport.Pages.fillIn;
import static org.hcstracker.testsupport.Pages.follow;
import static org.hcstracker.testsupport.Pages.heading;
import static org.hcstracker.testsupport.Pages.open;
import static org.hcstracker.testsupport.Pages.pageText;
import static org.hcstracker.testsupport.Pages.path;
import static org.hcstracker.testsupport.Pages.press;
import static org.hcstracker.testsupport.Pages.signIn;
import static org.hcstracker.testsupport.Pages.signOut;
import static org.hcstracker.testsupport.Pages.valueOf;

/**
 * An administrator sets up an employer, a line manager, a coach and an apprentice
 * entirely in the browser; the new line manager and coach set their passwords through
 * their one-time links and find the apprentice on their home pages, and another coach
 * does not.
 */
@PageTest
class PeopleSetUpJourneyTests {

	private static final String DEMO_PASSWORD = "demo-password";

	@Test
	void anAdministratorSetsUpAnEmployerALineManagerACoachAndAnApprentice() {
		String unique = UUID.randomUUID().toString().substring(0, 6);
		String employer = "Westmoor Community Health Trust " + unique;
		String lineManager = "Fiona Blake " + unique;
		String coach = "Marcus Reid " + unique;
		String apprentice = "Ellie Parker " + unique;

		signIn("admin@demo.test", DEMO_PASSWORD);
		follow("Organisations");
		fillIn("Name", employer);
		choose("Type", "Employer");
		press("Add organisation");
		assertThat(pageText()).contains("The organisation is added.").contains(employer);

		String lineManagerLink = createAccount(lineManager, "fiona." + unique + "@example.test", "Line manager",
				employer);
		String coachLink = createAccount(coach, "marcus." + unique + "@example.test", "Coach",
				"Pennine Healthcare Science Academy");

		follow("Apprentices");
		follow("Enrol an apprentice");
		fillIn("Full name", apprentice);
		fillIn("Email address", "ellie." + unique + "@example.test");
		fillIn("Unique learner number (ULN)", TestApprentices.validUln());
		choose("Division", "Physiological Sciences");
		choose("Standard version", "ST0220 v1.1");
		choose("Employer", employer);
		choose("Line manager", lineManager);
		choose("Coach", coach);
		fillIn("Planned off-the-job training hours", "460");
		press("Enrol apprentice");
		assertThat(heading()).isEqualTo(apprentice);
		assertThat(pageText()).contains("Link for " + apprentice + " to set a password");
		signOut();

		open(lineManagerLink);
		assertThat(heading()).isEqualTo("Set your password");
		fillIn("New password", "too short");
		fillIn("Type the password again", "too short");
		press("Set password");
		assertThat(pageText()).contains("Enter a password of at least 12 characters.");
		fillIn("New password", "harbour lights at dusk");
		fillIn("Type the password again", "harbour lights at dusk");
		press("Set password");
		assertThat(pageText()).contains("Your password is set.");
		signIn("fiona." + unique + "@example.test", "harbour lights at dusk");
		assertThat(path()).isEqualTo("/employer");
		assertThat(pageText()).contains(apprentice);
		signOut();

		open(coachLink);
		fillIn("New password", "copper kettle morning");
		fillIn("Type the password again", "copper kettle morning");
		press("Set password");
		signIn("marcus." + unique + "@example.test", "copper kettle morning");
		assertThat(path()).isEqualTo("/coach");
		assertThat(pageText()).contains(apprentice);
		signOut();

		open(lineManagerLink);
		assertThat(heading()).isEqualTo("This link no longer works");

		signIn("coach@demo.test", DEMO_PASSWORD);
		assertThat(pageText()).doesNotContain(apprentice);
		signOut();
		signIn("employer@demo.test", DEMO_PASSWORD);
		assertThat(pageText()).doesNotContain(apprentice);
	}

	private static String createAccount(String name, String email, String role, String organisation) {
		follow("Accounts");
		follow("Create an account");
		fillIn("Full name", name);
		fillIn("Email address", email);
		choose("Role", role);
		choose("Organisation", organisation);
		press("Create account");
		assertThat(heading()).isEqualTo(name);
		assertThat(pageText()).contains("The account is created.");
		return valueOf("Link to set a password");
	}

}
