package org.hcstracker.testsupport;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.hcstracker.testsupport.Browser.change;
import static org.hcstracker.testsupport.Browser.checkNarrowScreensToo;
import static org.hcstracker.testsupport.Browser.visit;

/**
 * The checks every page visited in the browser goes through find what they are there to
 * find: axe-core a serious violation, and the narrow screen a page wider than 320 px.
 */
@BrowserTest
class BrowserChecksTests {

	@Test
	void axeFindsAnImageWithoutAlternativeText() {
		visit("/login");
		change("var image = document.createElement('img'); image.src = '/no-such-image.png';"
				+ "document.querySelector('main').appendChild(image);");

		assertThatExceptionOfType(AssertionError.class).isThrownBy(Browser::assertAccessible)
			.withMessageContaining("accessibility violations on")
			.withMessageContaining("critical image-alt");
	}

	@Test
	void theNarrowScreenFindsAPageWiderThanItself() {
		checkNarrowScreensToo();
		visit("/login");
		change("var wide = document.createElement('div'); wide.style.width = '400px'; wide.textContent = 'Wide';"
				+ "document.querySelector('main').appendChild(wide);");

		assertThatExceptionOfType(AssertionError.class).isThrownBy(Browser::assertAccessible)
			.withMessageContaining("scrolls sideways at 320 px");
	}

}
