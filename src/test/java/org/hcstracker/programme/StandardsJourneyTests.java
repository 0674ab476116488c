package org.hcstracker.programme;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;

import org.hcstracker.testsupport.PageTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hcstracker.testsupport.Pages.attach;
import static org.hcstracker.testsupport.Pages.fillIn;
import static org.hcstracker.testsupport.Pages.follow;
import static org.hcstracker.testsupport.Pages.heading;
import static org.hcstracker.testsupport.Pages.pageText;
import static org.hcstracker.testsupport.Pages.press;
import static org.hcstracker.testsupport.Pages.signIn;

/**
 * The administrator adds a standard version and imports its KSB statements from a CSV
 * file, after a file with a bad row is turned back.
 */
@PageTest
class StandardsJourneyTests {

	@Test
	void anAdministratorImportsAVersionsStatementsFromACsvFile(@TempDir Path directory) throws IOException {
		String name = "ST0220 v1.1 trial " + UUID.randomUUID().toString().substring(0, 6);
		Path bad = Files.writeString(directory.resolve("bad.csv"),
				"code,area,statement\nK1,1,Person-centred care\nK1,2,Duplicate\n", StandardCharsets.UTF_8);
		Path good = Files.writeString(directory.resolve("ksbs.csv"), """
				code,area,statement
				K1,1,"Person-centred care, as the NHS Constitution requires"
				S3,5,Carries out routine scientific procedures safely
				B2,9,Leads by example
				""", StandardCharsets.UTF_8);

		signIn("admin@demo.test", "demo-password");
		follow("Standards and KSBs");
		fillIn("Name", name);
		press("Add version");
		assertThat(heading()).isEqualTo(name);
		assertThat(pageText()).contains("This version has no statements yet.");

		follow("Import statements from a CSV file");
		attach("CSV file", bad);
		press("Check file");
		assertThat(pageText()).contains("The file bad.csv has problems")
			.contains("Line 3: the same code is already on line 2.")
			.contains("Nothing has been stored.");

		attach("CSV file", good);
		press("Check file");
		assertThat(heading()).isEqualTo("Check the import into " + name);
		assertThat(pageText()).contains("3 to add, 0 to change");
		press("Import these statements");

		assertThat(heading()).isEqualTo(name);
		assertThat(pageText()).contains("3 statements added or changed.")
			.contains("Person-centred care, as the NHS Constitution requires")
			.contains("Carries out routine scientific procedures safely")
			.contains("9. Leadership");
	}

}
