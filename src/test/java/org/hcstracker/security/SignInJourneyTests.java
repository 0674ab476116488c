package org.hcstracker.security;

import org.hcstracker.testsupport.FailingPageConfiguration;
import org.hcstracker.testsupport.PageTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hcstracker.testsupport.Pages.field;
import static org.hcstracker.testsupport.Pages.heading;
import static org.hcstracker.testsupport.Pages.pageText;
import static org.hcstracker.testsupport.Pages.path;
import static org.hcstracker.testsupport.Pages.signIn;
import static org.hcstracker.testsupport.Pages.source;
import static org.hcstracker.testsupport.Pages.signOut;
import static org.hcstracker.testsupport.Pages.visit;

/**
 * Signing in and out as each demo account, a refused sign-in, the way back to the page
 * asked for, and the error pages. The keyboard's first stop is
 * {@link SignInBrowserTests}.
 */
@PageTest
class SignInJourneyTests {

	private static final String DEMO_PASSWORD = "demo-password";

	@ParameterizedTest(name = "{0}")
	@CsvSource({ "apprentice@demo.test, /apprentice, Your apprenticeship, Jordan Ellis",
			"coach@demo.test, /coach, Your caseload, Aisha Rahman",
			"employer@demo.test, /employer, Your apprentices, David Clarke",
			"assessor@demo.test, /assessor, Your end-point assessments, Gareth Lloyd",
			"admin@demo.test, /admin, Administration, Helen Marsh" })
	void everyDemoAccountSignsInToItsHomeAndSignsOut(String email, String home, String title, String name) {
		signIn(email, DEMO_PASSWORD);

		assertThat(path()).isEqualTo(home);
		assertThat(heading()).isEqualTo(title);
		assertThat(pageText()).contains(name).contains("What needs you now");

		signOut();

		assertThat(heading()).isEqualTo("Sign in");
		assertThat(pageText()).contains("You have signed out.");
		visit(home);
		assertThat(heading()).isEqualTo("Sign in");
	}

	@Test
	void aFailedSignInSaysSoAndKeepsTheEmail() {
		signIn("assessor@demo.test", "not-my-password");

		assertThat(heading()).isEqualTo("Sign in");
		assertThat(pageText()).contains("There is a problem")
			.contains("The email address or password is not right. Check them and try again.");
		assertThat(field("Email address").getAttribute("value")).isEqualTo("assessor@demo.test");
		assertThat(field("Password").getAttribute("value")).isEmpty();
	}

	@Test
	void aPersonSentToSignInGoesBackWhereTheyWereGoing() {
		visit("/employer");
		assertThat(heading()).isEqualTo("Sign in");

		signIn("employer@demo.test", DEMO_PASSWORD);

		assertThat(path()).startsWith("/employer");
		assertThat(heading()).isEqualTo("Your apprentices");
	}

	@Test
	void errorPagesAreFriendlyAndShowNothingOfTheFault() {
		signIn("apprentice@demo.test", DEMO_PASSWORD);
		visit("/admin");
		assertThat(heading()).isEqualTo("You cannot open this page");
		visit("/apprentice/no-such-page");
		assertThat(heading()).isEqualTo("Page not found");
		signOut();

		signIn("admin@demo.test", DEMO_PASSWORD);
		visit(FailingPageConfiguration.FAILING_PATH);
		assertThat(heading()).isEqualTo("Sorry, something went wrong");
		assertThat(source()).doesNotContain(FailingPageConfiguration.SECRET_DETAIL)
			.doesNotContain("Exception")
			.doesNotContain("org.hcstracker");
	}

}
