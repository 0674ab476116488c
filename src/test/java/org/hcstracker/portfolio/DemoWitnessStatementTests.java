package org.hcstracker.portfolio;

import java.net.http.HttpResponse;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.hcstracker.testsupport.WebAppTest;
import org.hcstracker.testsupport.WebClient;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * On the demo data, the coach plays Jordan Ellis's recorded witness statement in the
 * evidence page and opens the signed copy in the browser's PDF viewer, through the real
 * server, as a browser's player asks for it: in ranges.
 */
@WebAppTest
class DemoWitnessStatementTests {

	private static final Pattern AUDIO = Pattern.compile("<audio [^>]*src=\"([^\"]+/preview)\"");

	private static final Pattern PDF = Pattern.compile("<a [^>]*href=\"([^\"]+/preview)\" target=\"_blank\"");

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Test
	void theCoachPlaysJordansWitnessStatementInThePage() {
		long evidenceId = this.jdbc
			.sql("select e.id from evidence e join apprentices a on a.id = e.apprentice_id"
					+ " join accounts p on p.id = a.account_id where p.email = ? and e.title like ?")
			.params("apprentice@demo.test", "Witness statement from the ward sister%")
			.query(Long.class)
			.single();
		long apprenticeId = this.jdbc.sql("select apprentice_id from evidence where id = ?")
			.param(evidenceId)
			.query(Long.class)
			.single();
		WebClient coach = WebClient.signedIn(this.port, "coach@demo.test", "demo-password");
		HttpResponse<String> page = coach.get("/apprentices/" + apprenticeId + "/evidence/" + evidenceId);
		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.body()).contains("aria-label=\"Listen to witness-statement-sister-okoro.mp3\"")
			.contains("View PDF (opens in a new tab)");
		Matcher audio = AUDIO.matcher(page.body());
		assertThat(audio.find()).isTrue();

		HttpResponse<byte[]> whole = coach.getBytes(audio.group(1));
		assertThat(whole.statusCode()).isEqualTo(200);
		assertThat(whole.headers().firstValue("Content-Type")).hasValue("audio/mpeg");
		assertThat(whole.headers().firstValue("Accept-Ranges")).hasValue("bytes");
		byte[] recording = whole.body();
		assertThat(recording).startsWith('I', 'D', '3');

		// What a player asks first, then when the listener seeks.
		HttpResponse<byte[]> start = coach.getBytes(audio.group(1), "Range", "bytes=0-");
		assertThat(start.statusCode()).isEqualTo(206);
		assertThat(start.headers().firstValue("Content-Range"))
			.hasValue("bytes 0-" + (recording.length - 1) + "/" + recording.length);
		assertThat(start.body()).isEqualTo(recording);
		HttpResponse<byte[]> seek = coach.getBytes(audio.group(1), "Range", "bytes=20000-20999");
		assertThat(seek.statusCode()).isEqualTo(206);
		assertThat(seek.headers().firstValue("Content-Length")).hasValue("1000");
		assertThat(seek.body()).isEqualTo(java.util.Arrays.copyOfRange(recording, 20000, 21000));
		assertThat(seek.headers().firstValue("Content-Security-Policy"))
			.hasValue("default-src 'none'; frame-ancestors 'none'; sandbox");
		assertThat(coach.getBytes(audio.group(1), "Range", "bytes=" + recording.length + "-").statusCode())
			.isEqualTo(416);

		Matcher pdf = PDF.matcher(page.body());
		assertThat(pdf.find()).isTrue();
		HttpResponse<byte[]> signed = coach.getBytes(pdf.group(1));
		assertThat(signed.statusCode()).isEqualTo(200);
		assertThat(signed.headers().firstValue("Content-Type")).hasValue("application/pdf");
		assertThat(signed.headers().firstValue("Content-Disposition")).hasValueSatisfying(
				(disposition) -> assertThat(disposition).startsWith("inline").contains("witness-statement-signed.pdf"));
	}

}
