package org.hcstracker.gateway;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

import org.hcstracker.testsupport.PageTest;
import org.hcstracker.testsupport.SampleFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hcstracker.testsupport.Pages.attach;
import static org.hcstracker.testsupport.Pages.choose;
import static org.hcstracker.testsupport.Pages.fillIn;
import static org.hcstracker.testsupport.Pages.fillInDate;
import static org.hcstracker.testsupport.Pages.fetch;
import static org.hcstracker.testsupport.Pages.follow;
import static org.hcstracker.testsupport.Pages.linkTo;
import static org.hcstracker.testsupport.Pages.pageText;
import static org.hcstracker.testsupport.Pages.press;
import static org.hcstracker.testsupport.Pages.signIn;
import static org.hcstracker.testsupport.Pages.signOut;

/**
 * The coach completes the gateway checklist of a demo apprentice; her line manager sees
 * "ready" and approves gateway, choosing the EPAO. Another apprentice with one area
 * missing shows exactly that reason and cannot be approved.
 */
@PageTest
class GatewayJourneyTests {

	private static final String PASSWORD = "demo-password";

	@TempDir
	Path files;

	@Test
	void aReadyApprenticeIsApprovedAndOneMissingAnAreaIsNot() throws IOException {
		Path certificate = Files.write(this.files.resolve("gcse-maths-certificate.pdf"), SampleFiles.pdf());
		signIn("coach@demo.test", PASSWORD);
		follow("Priya Sharma");
		follow("Gateway checklist");
		choose("Level 2 maths: how it is met", "Achieved or held: certificate seen");
		fillInDate("Level 2 maths: date achieved (not needed for an exemption)", LocalDate.of(2019, 8, 22));
		fillIn("Level 2 maths: certificate, record or reason", "GCSE mathematics grade 7, certificate 55120");
		attach("Level 2 maths: copy of the certificate", certificate);
		press("Record Level 2 maths");
		assertThat(pageText()).contains("Checklist item recorded.").contains("GCSE mathematics grade 7");
		assertThat(fetch(linkTo("Certificate: gcse-maths-certificate.pdf"))).isEqualTo("200 application/pdf");
		press("Confirm the portfolio is complete");
		assertThat(pageText()).contains("Portfolio confirmed as complete.").contains("Ready for gateway");
		signOut();

		signIn("employer@demo.test", PASSWORD);
		assertThat(pageText()).contains("Gateway decisions waiting for you");
		follow("Priya Sharma: ready for gateway");
		assertThat(pageText()).contains("Ready for gateway").contains("5 of 5 items met.");
		assertThat(fetch(linkTo("Certificate: level-4-diploma-certificate.pdf"))).isEqualTo("200 application/pdf");
		choose("End-point assessment organisation", "Meridian End-Point Assessment Ltd");
		press("Approve gateway");
		assertThat(pageText()).contains(
				"You are approving gateway for Priya Sharma, to be assessed by Meridian End-Point Assessment Ltd.");
		press("Confirm: approve gateway");
		assertThat(pageText()).contains("Gateway approved.").contains("At gateway");

		follow("Home");
		follow("Emily Watson");
		follow("Gateway checklist");
		assertThat(pageText()).contains("Not ready yet")
			.contains("No accepted evidence for: 9. Leadership")
			.contains("Gateway can be approved once every item of the checklist is met.")
			.doesNotContain("Approve gateway");
		signOut();

		signIn("admin@demo.test", PASSWORD);
		assertThat(pageText()).contains("At gateway, waiting for an assessor").contains("Priya Sharma");
	}

}
