package org.hcstracker.testsupport;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A page already checked in the browser is checked again only when its shape differs: the
 * shapes of two documents that differ in data alone are the same, and those that differ
 * in what the checks look at are not.
 */
class PageShapeTests {

	@Test
	void theSameMarkupWithOtherDataHasTheSameShape() {
		String jordan = page("""
				<h1>Jordan Ellis</h1><a href="/apprentices/12">12 items</a>
				<input type="hidden" name="_csrf" value="abc-123">
				<table><tbody><tr><td>Lab log</td><td>3 Dec 2026</td></tr></tbody></table>""");
		String priya = page("""
				<h1>Priya Sharma</h1><a href="/apprentices/7">3 items</a>
				<input type="hidden" name="_csrf" value="zz-9">
				<table><tbody><tr><td>Witness statement</td><td>14 Nov 2026</td></tr>
				<tr><td>Reflective account</td><td>2 Oct 2026</td></tr>
				<tr><td>Case study</td><td>1 Oct 2026</td></tr></tbody></table>""");

		assertThat(Browser.shape(priya)).isEqualTo(Browser.shape(jordan));
	}

	@Test
	void anEmptyLinkOrAnotherAttributeIsAnotherShape() {
		String named = page("<a href=\"/apprentices/12\">Jordan Ellis</a>");

		assertThat(Browser.shape(page("<a href=\"/apprentices/12\"> </a>"))).isNotEqualTo(Browser.shape(named));
		assertThat(Browser.shape(page("<a href=\"/apprentices/12\" aria-hidden=\"true\">Jordan Ellis</a>")))
			.isNotEqualTo(Browser.shape(named));
		assertThat(Browser.shape(page("<a class=\"text-muted\" href=\"/apprentices/12\">Jordan Ellis</a>")))
			.isNotEqualTo(Browser.shape(named));
	}

	@Test
	void rowsOfAnotherShapeAreKept() {
		String oneKind = page("<table><tbody><tr><td>A</td></tr><tr><td>B</td></tr></tbody></table>");
		String twoKinds = page(
				"<table><tbody><tr><td>A</td></tr><tr><td><span class=\"badge\">Red</span></td></tr></tbody></table>");

		assertThat(Browser.shape(twoKinds)).isNotEqualTo(Browser.shape(oneKind));
	}

	private static String page(String body) {
		return "<html lang=\"en-GB\"><head><title>Page</title></head><body>" + body + "</body></html>";
	}

}
