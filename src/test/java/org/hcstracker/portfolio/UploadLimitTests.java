package org.hcstracker.portfolio;

import java.io.InputStream;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.hcstracker.shared.UploadProperties;
import org.hcstracker.testsupport.WebAppTest;
import org.hcstracker.testsupport.WebClient;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A file above the limit, sent to the real server: the container stops reading it, and
 * the person is sent back to the form with the size message, not a 403 or an error page.
 * The file sent is one megabyte over the configured limit, so the test shares the web
 * tests' application context rather than starting one with a lower limit.
 */
@WebAppTest
class UploadLimitTests {

	@LocalServerPort
	int port;

	@Autowired
	UploadProperties uploads;

	@Autowired
	JdbcClient jdbc;

	@Test
	void aFileOverTheLimitEndsOnItsFormWithTheSizeMessage() {
		WebClient chloe = WebClient.signedIn(this.port, "chloe.turner@demo.test", "demo-password");
		Matcher link = Pattern.compile("/apprentices/(\\d+)/evidence/new").matcher(chloe.get("/apprentice").body());
		assertThat(link.find()).isTrue();
		String form = link.group();
		long apprenticeId = Long.parseLong(link.group(1));
		long before = evidenceOf(apprenticeId);
		String token = chloe.csrfTokenOf(form);

		HttpResponse<String> response = chloe.postFile(form,
				List.of(Map.entry("_csrf", token), Map.entry("title", "Ward round video"),
						Map.entry("activityDate", "2026-01-05"), Map.entry("type", "OBSERVATION"),
						Map.entry("description", "Filmed with consent.")),
				"files", "ward-round.mov", overTheLimit(), () -> zeros(overTheLimit()));

		assertThat(response.statusCode()).isEqualTo(302);
		assertThat(response.headers().firstValue("Location"))
			.hasValueSatisfying((location) -> assertThat(location).endsWith(form));
		String page = chloe.get(form).body();
		assertThat(page).contains(tooLarge()).contains("name=\"title\"");
		assertThat(evidenceOf(apprenticeId)).isEqualTo(before);
	}

	@Test
	void aCertificateOverTheLimitEndsOnTheGatewayPageWithTheSizeMessage() {
		long emily = this.jdbc
			.sql("select a.id from apprentices a join accounts p on p.id = a.account_id where p.email = ?")
			.param("emily.watson@demo.test")
			.query(Long.class)
			.single();
		WebClient tom = WebClient.signedIn(this.port, "tom.okafor@demo.test", "demo-password");
		String page = "/apprentices/" + emily + "/gateway";
		String token = tom.csrfTokenOf(page);
		long before = certificatesOf(emily);

		HttpResponse<String> response = tom.postFile(page,
				List.of(Map.entry("_csrf", token), Map.entry("item", "DIPLOMA"), Map.entry("basis", "ACHIEVED"),
						Map.entry("date", "2026-01-05"), Map.entry("detail", "Diploma, certificate HS4-9")),
				"certificate", "diploma-scan.png", overTheLimit(), () -> zeros(overTheLimit()));

		assertThat(response.statusCode()).isEqualTo(302);
		assertThat(response.headers().firstValue("Location"))
			.hasValueSatisfying((location) -> assertThat(location).endsWith(page));
		assertThat(tom.get(page).body()).contains(tooLarge());
		assertThat(certificatesOf(emily)).isEqualTo(before);
	}

	@Test
	void aLongFileNameIsShortenedKeepingItsExtensionAndOneTooLongToReadIsAMessageAboutTheName() {
		WebClient chloe = WebClient.signedIn(this.port, "chloe.turner@demo.test", "demo-password");
		Matcher link = Pattern.compile("/apprentices/(\\d+)/evidence/new").matcher(chloe.get("/apprentice").body());
		assertThat(link.find()).isTrue();
		String form = link.group();
		long apprenticeId = Long.parseLong(link.group(1));
		String page = chloe.get(form).body();
		Matcher area = Pattern.compile("value=\"(\\d+)\" id=\"areaIds").matcher(page);
		assertThat(area.find()).isTrue();
		List<Map.Entry<String, String>> fields = List.of(Map.entry("title", "Long-named notes"),
				Map.entry("activityDate", java.time.LocalDate.now().minusDays(1).toString()),
				Map.entry("type", "OBSERVATION"), Map.entry("description", "Typed up after the ward round."),
				Map.entry("areaIds", area.group(1)), Map.entry("version", "0"));

		HttpResponse<String> kept = chloe.postFile(form, withToken(fields, chloe.csrfTokenOf(form)), "files",
				"n".repeat(460) + ".txt", 12, () -> new java.io.ByteArrayInputStream("Ward notes.\n".getBytes()));

		assertThat(kept.statusCode())
			.as(() -> kept.body().replaceAll("(?s).*(<div id=\"error-summary.*?</ul>).*", "$1"))
			.isEqualTo(302);
		assertThat(kept.headers().firstValue("Location").orElseThrow()).doesNotEndWith(form);
		String stored = this.jdbc
			.sql("select f.file_name from evidence_files f join evidence e on e.id = f.evidence_id"
					+ " where e.apprentice_id = ? and e.title = 'Long-named notes'")
			.param(apprenticeId)
			.query(String.class)
			.single();
		assertThat(stored).hasSize(150).endsWith("n.txt");

		long before = evidenceOf(apprenticeId);
		HttpResponse<String> refused = chloe.postFile(form, withToken(fields, chloe.csrfTokenOf(form)), "files",
				"n".repeat(20_000) + ".txt", 12, () -> new java.io.ByteArrayInputStream("Ward notes.\n".getBytes()));

		assertThat(refused.statusCode()).isEqualTo(302);
		assertThat(refused.headers().firstValue("Location").orElseThrow()).endsWith(form);
		assertThat(chloe.get(form).body()).containsPattern("id=\"flash-error\"[^>]*>The file name is too long to read")
			.doesNotContainPattern("id=\"flash-error\"[^>]*>The file is larger than");
		assertThat(evidenceOf(apprenticeId)).isEqualTo(before);
	}

	@Test
	void theTokenTravelsInTheBodyAndNoFormOrLinkCarriesItInItsAddress() {
		WebClient chloe = WebClient.signedIn(this.port, "chloe.turner@demo.test", "demo-password");
		Matcher link = Pattern.compile("/apprentices/(\\d+)/evidence/new").matcher(chloe.get("/apprentice").body());
		assertThat(link.find()).isTrue();
		String form = link.group();
		String blank = chloe.get(form).body();
		assertThat(blank).contains("action=\"" + form + "\"").contains("name=\"_csrf\" value=\"");
		assertNoTokenInAnAddress(blank);

		HttpResponse<String> failed = chloe.postFile(form,
				List.of(Map.entry("_csrf", chloe.csrfTokenOf(form)), Map.entry("title", ""),
						Map.entry("activityDate", java.time.LocalDate.now().minusDays(1).toString()),
						Map.entry("type", "OBSERVATION"), Map.entry("description", "Typed up after the ward round."),
						Map.entry("version", "0")),
				"files", "notes.txt", 12, () -> new java.io.ByteArrayInputStream("Ward notes.\n".getBytes()));

		assertThat(failed.statusCode()).as("the form again, with its errors, at the form's own address").isEqualTo(200);
		assertThat(failed.body()).contains("id=\"error-summary\"").contains("action=\"" + form + "\"");
		assertNoTokenInAnAddress(failed.body());

		HttpResponse<String> sent = chloe.postFile(form, List.of(Map.entry("_csrf", chloe.csrfTokenOf(form)),
				Map.entry("title", "Notes with the token in the body"),
				Map.entry("activityDate", java.time.LocalDate.now().minusDays(1).toString()),
				Map.entry("type", "OBSERVATION"), Map.entry("description", "Typed up after the ward round."),
				Map.entry("areaIds", firstArea(blank)), Map.entry("action", "draft"), Map.entry("version", "0")),
				"files", "notes.txt", 12, () -> new java.io.ByteArrayInputStream("Ward notes.\n".getBytes()));

		assertThat(sent.statusCode()).isEqualTo(302);
		String evidence = sent.headers().firstValue("Location").orElseThrow().replaceFirst("^https?://[^/]+", "");
		assertThat(evidence).doesNotContain("_csrf");
		String draft = chloe.get(evidence).body();
		assertThat(draft).contains("Notes with the token in the body").contains("notes.txt");
		assertThat(draft).contains("action=\"" + evidence + "/files\"");
		assertNoTokenInAnAddress(draft);
		assertNoTokenInAnAddress(chloe.get(evidence + "/edit").body());

		HttpResponse<String> withoutToken = chloe.postFile(form, List.of(Map.entry("title", "No token")), "files",
				"notes.txt", 12, () -> new java.io.ByteArrayInputStream("Ward notes.\n".getBytes()));
		assertThat(withoutToken.statusCode()).as("a form without its token is refused").isEqualTo(403);

		long emily = this.jdbc
			.sql("select a.id from apprentices a join accounts p on p.id = a.account_id where p.email = ?")
			.param("emily.watson@demo.test")
			.query(Long.class)
			.single();
		WebClient tom = WebClient.signedIn(this.port, "tom.okafor@demo.test", "demo-password");
		String gateway = tom.get("/apprentices/" + emily + "/gateway").body();
		assertThat(gateway).contains("enctype=\"multipart/form-data\"")
			.as("an item's form is sent to the page's own address")
			.contains("action=\"/apprentices/" + emily + "/gateway\"")
			.doesNotContain("/gateway/items/");
		assertNoTokenInAnAddress(gateway);
	}

	private long overTheLimit() {
		return this.uploads.maxFileSize().toBytes() + 1024 * 1024;
	}

	private String tooLarge() {
		return "The file is larger than " + this.uploads.maxFileSize().toMegabytes() + " MB, so nothing was uploaded.";
	}

	private static void assertNoTokenInAnAddress(String page) {
		assertThat(page).doesNotContainPattern("(action|href|src|formaction)=\"[^\"]*_csrf");
	}

	private static String firstArea(String page) {
		Matcher area = Pattern.compile("value=\"(\\d+)\" id=\"areaIds").matcher(page);
		assertThat(area.find()).isTrue();
		return area.group(1);
	}

	private static List<Map.Entry<String, String>> withToken(List<Map.Entry<String, String>> fields, String token) {
		List<Map.Entry<String, String>> all = new java.util.ArrayList<>();
		all.add(Map.entry("_csrf", token));
		all.addAll(fields);
		return all;
	}

	private long certificatesOf(long apprenticeId) {
		return this.jdbc.sql("select count(*) from gateway_certificates where apprentice_id = ?")
			.param(apprenticeId)
			.query(Long.class)
			.single();
	}

	private long evidenceOf(long apprenticeId) {
		return this.jdbc.sql("select count(*) from evidence where apprentice_id = ?")
			.param(apprenticeId)
			.query(Long.class)
			.single();
	}

	private static InputStream zeros(long size) {
		return new InputStream() {
			private long left = size;

			@Override
			public int read() {
				if (this.left == 0) {
					return -1;
				}
				this.left--;
				return 0;
			}

			@Override
			public int read(byte[] b, int off, int len) {
				if (this.left == 0) {
					return -1;
				}
				int n = (int) Math.min(len, this.left);
				java.util.Arrays.fill(b, off, off + n, (byte) 0);
				this.left -= n;
				return n;
			}
		};
	}

}
