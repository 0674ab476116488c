package org.hcstracker.web.crawl;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The crawl's check finds what a person must never see, and leaves alone the ordinary
 * text that looks a little like it.
 */
class PageCheckTests {

	private final PageCheck check = PageCheck.withMessagesOf(Path.of("src/main/resources/messages.properties"));

	@Test
	void findsWhatThymeleafShowsForAMissingMessage() {
		assertThat(this.check.rawKeysIn("<html><body><p>Enrolled <span>??status.null_en_GB??</span></p></body></html>"))
			.contains("??status.null_en_GB??");
	}

	@Test
	void findsAMessageKeyShownAsTextOrInAnAttributePeopleReadOrHear() {
		assertThat(this.check.rawKeysIn("<div class=\"alert\">progressReview.apprenticeNotActive</div>"))
			.containsExactly("progressReview.apprenticeNotActive");
		assertThat(this.check.rawKeysIn("<button aria-label=\"evidence.files.remove\">×</button>"))
			.containsExactly("evidence.files.remove");
		assertThat(this.check.rawKeysIn("<html><head><title>some.unknown.key</title></head><body></body></html>"))
			.containsExactly("some.unknown.key");
		assertThat(this.check.rawKeysIn("<input type=\"submit\" value=\"form.save\">")).containsExactly("form.save");
	}

	@Test
	void leavesAloneAddressesFileNamesNumbersAndVersions() {
		String page = """
				<p>Signed in as jordan.ellis@demo.test, see https://www.gov.uk/guidance.html or www.nhs.uk.</p>
				<p>ward-audit.v2.pdf, reflection.docx, 7.5 h, ST0220 v1.1, e.g. a note. The end.</p>
				<a title="Download care.plan.pdf" href="/apprentices/1/evidence/2/files/3">care.plan.pdf</a>
				<script>var x = window.status.value;</script>
				""";

		assertThat(this.check.rawKeysIn(page)).isEmpty();
	}

	@Test
	void reportsEveryServerErrorAndRawKeyWithWhoWhereAndHow() {
		this.check.answer("coach@demo.test", "POST (filled)", "/apprentices/1/reviews/new",
				new CrawlClient.Answer(500, "text/html;charset=UTF-8", "<p>Sorry</p>", ""));
		this.check.answer("admin@demo.test", "GET", "/apprentices/1",
				new CrawlClient.Answer(200, "text/html;charset=UTF-8", "<p>??status.null_en_GB??</p>", ""));
		this.check.answer("admin@demo.test", "GET", "/admin/epa-integrity/report.csv",
				new CrawlClient.Answer(200, "text/csv", "", ""));

		assertThat(this.check.problems()).containsExactly(
				"coach@demo.test POST (filled) /apprentices/1/reviews/new -> 500: unexpected status",
				"admin@demo.test GET /apprentices/1 -> 200: raw message key ??status.null_en_GB??");
	}

}
