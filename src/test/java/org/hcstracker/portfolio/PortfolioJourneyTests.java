package org.hcstracker.portfolio;

import java.time.LocalDate;
import java.util.UUID;

import org.hcstracker.testsupport.PageTest;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hcstracker.testsupport.Pages.check;
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
 * An apprentice logs evidence mapped to two areas and submits it; the coach returns it
 * with feedback; the apprentice sees the feedback on their home, edits and resubmits; the
 * coach accepts; the coverage view shows it under both areas.
 */
@PageTest
class PortfolioJourneyTests {

	private static final String PASSWORD = "demo-password";

	private static final String APPRENTICE = "sophie.kaur@demo.test";

	@Test
	void evidenceIsLoggedReturnedResubmittedAcceptedAndCovered() {
		String title = "Sequencing run quality report " + UUID.randomUUID().toString().substring(0, 6);

		signIn(APPRENTICE, PASSWORD);
		follow("Log evidence");
		fillIn("Title", title);
		fillInDate("Date of the activity", LocalDate.now().minusDays(2));
		choose("Type", "Work product");
		fillIn("Description and reflection", "I checked the quality metrics of a sequencing run.");
		check("1. Professional practice and person-centred care");
		check("4. Quality");
		press("Save and submit for review");
		assertThat(heading()).isEqualTo(title);
		assertThat(pageText()).contains("The evidence is submitted.").contains("Waiting for review");
		signOut();

		signIn("coach@demo.test", PASSWORD);
		visit("/coach/reviews");
		follow(title);
		fillIn("Feedback", "Say what you would do if the run failed its checks.");
		press("Return with feedback");
		assertThat(pageText()).contains("You returned \"" + title + "\" with your feedback.");
		signOut();

		signIn(APPRENTICE, PASSWORD);
		assertThat(pageText()).contains("Returned to you")
			.contains(title)
			.contains("Say what you would do if the run failed its checks.");
		follow(title);
		follow("Edit");
		fillIn("Description and reflection",
				"I checked the quality metrics of a sequencing run. Had it failed, I would have stopped the analysis "
						+ "and told the clinical scientist before repeating the library preparation.");
		press("Save and submit for review");
		assertThat(pageText()).contains("Waiting for review");
		signOut();

		signIn("coach@demo.test", PASSWORD);
		visit("/coach/reviews");
		follow(title);
		press("Accept");
		assertThat(pageText()).contains("You accepted \"" + title + "\".");
		signOut();

		signIn(APPRENTICE, PASSWORD);
		follow("Your coverage of the programme areas");
		assertThat(pageText()).contains("1. Professional practice and person-centred care 1 0 Covered")
			.contains("4. Quality 1 0 Covered")
			.contains("9. Leadership 0 0 Gap");
	}

}
