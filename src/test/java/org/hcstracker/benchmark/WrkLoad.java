package org.hcstracker.benchmark;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.hcstracker.benchmark.PageLoad.Page;
import org.hcstracker.benchmark.PageLoad.Result;
import org.jspecify.annotations.Nullable;

/**
 * Loads one page at a time with wrk, the tool {@code ../shared/bench/petclinic-anchor.sh}
 * loads PetClinic's owners list with, with the same settings (2 threads, one connection
 * per client), so that the two figures are measured alike. Each connection sends the
 * session cookie of one of the page's signed-in browsers in turn.
 *
 * <p>
 * wrk does not read what it receives, so every browser's answer is checked before and
 * after the load (200 and the page's expected text), and the load fails if any answer was
 * not 2xx or 3xx, or if the answers were on average shorter than the page: a lost session
 * would answer with a short redirect to the sign-in page.
 */
final class WrkLoad {

	private static final Pattern REQUESTS = Pattern
		.compile("(\\d+) requests in ([\\d.]+)(us|ms|s|m), ([\\d.]+)(B|KB|MB|GB) read");

	private static final Pattern PERCENTILE = Pattern.compile("^\\s*(50|99)(?:\\.000)?%\\s+([\\d.]+)(us|ms|s)\\s*$",
			Pattern.MULTILINE);

	private final BenchmarkSettings settings;

	private final SqlMeter sqlMeter;

	private final String base;

	WrkLoad(BenchmarkSettings settings, SqlMeter sqlMeter, int port) {
		this.settings = settings;
		this.sqlMeter = sqlMeter;
		this.base = "http://127.0.0.1:" + port;
	}

	/**
	 * The wrk on the path, if there is one.
	 * @return whether wrk can be run
	 */
	static boolean available() {
		String path = System.getenv("PATH");
		if (path == null) {
			return false;
		}
		for (String directory : path.split(File.pathSeparator)) {
			if (new File(directory, "wrk").canExecute()) {
				return true;
			}
		}
		return false;
	}

	/**
	 * Loads every page in turn for the warm-up period.
	 * @param pages the pages
	 */
	void warmUp(List<Page> pages) {
		for (Page page : pages) {
			run(page, this.settings.warmUp(), script(page));
		}
	}

	/**
	 * Warms a page up, then measures it.
	 * @param page the page
	 * @return what was measured
	 */
	Result measure(Page page) {
		long shortest = check(page, "before the load");
		Path script = script(page);
		run(page, this.settings.warmUp(), script);
		SqlMeter.Totals before = this.sqlMeter.totals();
		String output = run(page, this.settings.measure(), script);
		SqlMeter.Totals sql = this.sqlMeter.totals().since(before);
		check(page, "after the load");
		Matcher requests = REQUESTS.matcher(output);
		if (!requests.find()) {
			throw new IllegalStateException("wrk's output on " + page.path() + " has no request count:\n" + output);
		}
		long count = Long.parseLong(requests.group(1));
		double bytesEach = bytes(requests.group(4), requests.group(5)) / Math.max(1, count);
		if (bytesEach < shortest * 0.9) {
			throw new IllegalStateException(page.name() + " (" + page.path() + "): answers of " + (long) bytesEach
					+ " bytes on average, where the page has at least " + shortest + ": sessions lost?\n" + output);
		}
		long p50 = 0;
		long p99 = 0;
		Matcher percentile = PERCENTILE.matcher(output);
		while (percentile.find()) {
			long nanos = nanos(percentile.group(2), percentile.group(3));
			if (percentile.group(1).equals("50")) {
				p50 = nanos;
			}
			else {
				p99 = nanos;
			}
		}
		return new Result(page, count, nanos(requests.group(2), requests.group(3)), p50, p99, sql.statements(),
				sql.nanos());
	}

	/**
	 * Checks every browser's answer to the page, and gives the length of the shortest.
	 */
	private static long check(Page page, String when) {
		long shortest = Long.MAX_VALUE;
		for (Browser browser : page.browsers()) {
			HttpResponse<String> response = browser.get(page.path());
			@Nullable String problem = page.problemWith(response);
			if (problem != null) {
				throw new IllegalStateException(page.name() + " (" + page.path() + ") " + when + ": " + problem);
			}
			shortest = Math.min(shortest, response.body().getBytes(StandardCharsets.UTF_8).length);
		}
		return shortest;
	}

	private Path script(Page page) {
		String cookies = page.browsers()
			.stream()
			.map(Browser::cookieHeader)
			.map((cookie) -> "\"" + cookie.replace("\\", "\\\\").replace("\"", "\\\"") + "\"")
			.collect(Collectors.joining(", "));
		String lua = """
				local cookies = { %s }
				local next = 0
				request = function()
				  next = next %% #cookies + 1
				  if cookies[next] == "" then
				    return wrk.format("GET", nil, {})
				  end
				  return wrk.format("GET", nil, { ["Cookie"] = cookies[next] })
				end
				""".formatted(cookies);
		try {
			Path script = Files.createTempFile("hcs-bench-", ".lua");
			script.toFile().deleteOnExit();
			Files.writeString(script, lua, StandardCharsets.UTF_8);
			return script;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private String run(Page page, Duration period, Path script) {
		List<String> command = new ArrayList<>(List.of("wrk", "-t2", "-c" + page.browsers().size(),
				"-d" + period.toSeconds() + "s", "--timeout", this.settings.timeout().toSeconds() + "s", "--latency",
				"-s", script.toString(), this.base + page.path()));
		try {
			Process wrk = new ProcessBuilder(command).redirectErrorStream(true).start();
			String output = new String(wrk.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
			if (!wrk.waitFor(period.toSeconds() + 60, TimeUnit.SECONDS) || wrk.exitValue() != 0) {
				throw new IllegalStateException("wrk failed on " + page.path() + ":\n" + output);
			}
			if (output.contains("Non-2xx or 3xx responses") || output.contains("Socket errors")) {
				throw new IllegalStateException(page.name() + " (" + page.path() + ") failed under load:\n" + output);
			}
			return output;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	private static long nanos(String value, String unit) {
		double amount = Double.parseDouble(value);
		return (long) switch (unit.toLowerCase(Locale.ROOT)) {
			case "us" -> amount * 1e3;
			case "ms" -> amount * 1e6;
			case "m" -> amount * 60e9;
			default -> amount * 1e9;
		};
	}

	private static double bytes(String value, String unit) {
		double amount = Double.parseDouble(value);
		return switch (unit) {
			case "KB" -> amount * 1024;
			case "MB" -> amount * 1024 * 1024;
			case "GB" -> amount * 1024 * 1024 * 1024;
			default -> amount;
		};
	}

}
