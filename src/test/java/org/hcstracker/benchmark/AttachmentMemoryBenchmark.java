package org.hcstracker.benchmark;

import java.io.IOException;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.hcstracker.testsupport.WebAppTest;
import org.hcstracker.testsupport.WebClient;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * How much heap a 100 MB evidence file takes on its way in and out: the file is sent to
 * the real server through the evidence form and downloaded again, while a sampler
 * collects garbage every 200 ms and records the live heap. A file held whole in memory
 * would show as a live heap 100 MB above the baseline. Not part of the test suite; run it
 * with {@code ./mvnw -Pbenchmark test}. It writes its figures to
 * target/benchmarks/attachments.txt.
 */
@WebAppTest
@Tag("benchmark")
class AttachmentMemoryBenchmark {

	private static final long SIZE = 100L * 1024 * 1024;

	private static final long ALLOWED_GROWTH = 16L * 1024 * 1024;

	@LocalServerPort
	int port;

	@Test
	void aHundredMegabyteFileGoesInAndOutWithFlatHeap() throws Exception {
		WebClient client = WebClient.signedIn(this.port, "emily.watson@demo.test", "demo-password");
		Matcher link = Pattern.compile("/apprentices/(\\d+)/evidence/new").matcher(client.get("/apprentice").body());
		assertThat(link.find()).isTrue();
		String form = link.group();
		String page = client.get(form).body();
		Matcher area = Pattern.compile("value=\"(\\d+)\" id=\"areaIds").matcher(page);
		assertThat(area.find()).isTrue();
		String token = client.csrfTokenOf(form);
		MessageDigest sent = MessageDigest.getInstance("SHA-256");

		long baseline = liveHeap();
		Sampler upload = new Sampler();
		long uploadStart = System.nanoTime();
		HttpResponse<String> created = client.postFile(form + "?_csrf=" + token,
				List.of(Map.entry("title", "Ward round video"), Map.entry("activityDate", "2026-01-05"),
						Map.entry("type", "OBSERVATION"), Map.entry("description", "A long recording."),
						Map.entry("areaIds", area.group(1)), Map.entry("action", "draft"), Map.entry("version", "0")),
				"files", "ward-round.pdf", SIZE, () -> new Content(SIZE, sent));
		long uploadMillis = (System.nanoTime() - uploadStart) / 1_000_000;
		long uploadPeak = upload.stop();
		assertThat(created.statusCode())
			.as(() -> created.body().replaceAll("(?s).*(<div[^>]*error-summary.*?</div>).*", "$1"))
			.isEqualTo(302);
		String evidence = created.headers().firstValue("Location").orElseThrow();
		Matcher file = Pattern.compile("(/apprentices/\\d+/evidence/\\d+/files/\\d+)")
			.matcher(client.get(evidence.replaceFirst("^https?://[^/]+", "")).body());
		assertThat(file.find()).isTrue();

		MessageDigest received = MessageDigest.getInstance("SHA-256");
		long afterUpload = liveHeap();
		Sampler download = new Sampler();
		long downloadStart = System.nanoTime();
		long length = 0;
		try (InputStream in = client.download(file.group(1)).body()) {
			byte[] buffer = new byte[64 * 1024];
			for (int n = in.read(buffer); n != -1; n = in.read(buffer)) {
				received.update(buffer, 0, n);
				length += n;
			}
		}
		long downloadMillis = (System.nanoTime() - downloadStart) / 1_000_000;
		long downloadPeak = download.stop();

		assertThat(length).isEqualTo(SIZE);
		assertThat(HexFormat.of().formatHex(received.digest())).isEqualTo(HexFormat.of().formatHex(sent.digest()));
		String report = String.format(
				"Attachment memory benchmark (%d MB file, max heap %d MB)%n" + "live heap before: %.1f MB%n"
						+ "upload:   %d ms, live heap at most %.1f MB above before%n"
						+ "download: %d ms, live heap at most %.1f MB above before it%n",
				SIZE / (1024 * 1024), Runtime.getRuntime().maxMemory() / (1024 * 1024), mb(baseline), uploadMillis,
				mb(uploadPeak - baseline), downloadMillis, mb(downloadPeak - afterUpload));
		System.out.print(report);
		Path out = Path.of("target", "benchmarks", "attachments.txt");
		Files.createDirectories(out.getParent());
		Files.writeString(out, report, StandardCharsets.UTF_8);
		assertThat(uploadPeak - baseline).isLessThan(ALLOWED_GROWTH);
		assertThat(downloadPeak - afterUpload).isLessThan(ALLOWED_GROWTH);
	}

	private static double mb(long bytes) {
		return bytes / (1024.0 * 1024.0);
	}

	private static long liveHeap() {
		MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
		System.gc();
		System.gc();
		return memory.getHeapMemoryUsage().getUsed();
	}

	/**
	 * Collects garbage every 200 ms and keeps the largest live heap seen.
	 */
	private static final class Sampler {

		private final AtomicLong peak = new AtomicLong();

		private final Thread thread;

		private volatile boolean running = true;

		Sampler() {
			this.thread = new Thread(() -> {
				while (this.running) {
					this.peak.accumulateAndGet(liveHeap(), Math::max);
					try {
						Thread.sleep(200);
					}
					catch (InterruptedException ex) {
						return;
					}
				}
			}, "heap-sampler");
			this.thread.start();
		}

		long stop() throws InterruptedException {
			this.running = false;
			this.thread.join();
			return this.peak.get();
		}

	}

	/**
	 * A PDF's first bytes, then pseudo-random bytes, made as they are read and hashed on
	 * the way.
	 */
	private static final class Content extends InputStream {

		private static final byte[] HEAD = "%PDF-1.4\n".getBytes(StandardCharsets.US_ASCII);

		private final long size;

		private final MessageDigest digest;

		private long position;

		private long seed = 42;

		Content(long size, MessageDigest digest) {
			this.size = size;
			this.digest = digest;
		}

		@Override
		public int read() throws IOException {
			byte[] one = new byte[1];
			return (read(one, 0, 1) == -1) ? -1 : (one[0] & 0xFF);
		}

		@Override
		public int read(byte[] b, int off, int len) {
			if (this.position >= this.size) {
				return -1;
			}
			int n = (int) Math.min(len, this.size - this.position);
			for (int i = 0; i < n; i++) {
				long at = this.position + i;
				if (at < HEAD.length) {
					b[off + i] = HEAD[(int) at];
				}
				else {
					this.seed = this.seed * 6364136223846793005L + 1442695040888963407L;
					b[off + i] = (byte) (this.seed >>> 56);
				}
			}
			this.digest.update(b, off, n);
			this.position += n;
			return n;
		}

	}

}
