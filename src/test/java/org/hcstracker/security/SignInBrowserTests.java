package org.hcstracker.security;

import org.hcstracker.testsupport.BrowserTest;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hcstracker.testsupport.Browser.firstTabStop;
import static org.hcstracker.testsupport.Browser.visit;

/**
 * Signing in from the keyboard, in a real browser: the first stop skips to the main
 * content. Signing in and out as each demo account is {@link SignInJourneyTests}.
 */
@BrowserTest
class SignInBrowserTests {

	@Test
	void theKeyboardReachesTheSkipLinkFirst() {
		visit("/login");
		assertThat(firstTabStop().getText()).isEqualTo("Skip to main content");
	}

}
