package org.hcstracker.web;

import org.hcstracker.testsupport.BrowserTest;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hcstracker.testsupport.Browser.firstRowReach;
import static org.hcstracker.testsupport.Browser.follow;
import static org.hcstracker.testsupport.Browser.fullWindow;
import static org.hcstracker.testsupport.Browser.screen;
import static org.hcstracker.testsupport.Browser.signIn;
import static org.hcstracker.testsupport.Browser.signOut;
import static org.hcstracker.testsupport.Browser.tablesCutOff;
import static org.hcstracker.testsupport.Browser.visit;

/**
 * On a phone 390 px wide the lists are cards whose status and main action are in reach
 * without scrolling sideways (each page also checked by axe at that width); on a 1280 px
 * screen the coach's caseload fits the page.
 */
@BrowserTest
class PhoneLayoutBrowserTests {

	private static final String PASSWORD = "demo-password";

	@Test
	void listsShowTheirStatusAndMainActionOnAPhoneAndTheCaseloadFitsADesktop() {
		screen(390, 844);
		try {
			signIn("coach@demo.test", PASSWORD);
			visit("/coach");
			assertInReach(firstRowReach("Apprentices"), "a");
			signOut();

			signIn("apprentice@demo.test", PASSWORD);
			follow("Your portfolio");
			assertInReach(firstRowReach("Evidence"), "a");
			visit("/");
			follow("Off-the-job training");
			assertInReach(firstRowReach("Entries"), "a");
			signOut();
		}
		finally {
			fullWindow();
		}

		signIn("coach@demo.test", PASSWORD);
		visit("/coach");
		assertThat(tablesCutOff()).as("tables cut off at 1280 px").isEmpty();
	}

	private static void assertInReach(java.util.List<String> reach, String action) {
		assertThat(reach).as("the first row's badges and actions at 390 px")
			.noneMatch((line) -> line.startsWith("off screen: "))
			.anyMatch((line) -> line.startsWith("in reach: badge "))
			.anyMatch((line) -> line.startsWith("in reach: " + action + " "));
	}

}
