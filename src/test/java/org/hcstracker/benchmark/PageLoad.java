package org.hcstracker.benchmark;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicReference;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

/**
 * Loads one page at a time with its browsers, each on a thread of its own sending the
 * next request as soon as the last one is answered: for the warm-up period, then for the
 * measured period, both bounded by time. Every response is checked (200 and the page's
 * expected text); the first that is not right stops the load and fails the run, so a
 * failed sign-in can never be measured as the page it was sent from.
 */
final class PageLoad {

	private static final Pattern TITLE = Pattern.compile("<title>\\s*(.*?)\\s*</title>", Pattern.DOTALL);

	private final BenchmarkSettings settings;

	private final SqlMeter sqlMeter;

	private final @Nullable WrkLoad wrk;

	/**
	 * A load by this class's own clients, or by wrk when given.
	 * @param settings the load's settings
	 * @param sqlMeter the meter of the application's SQL
	 * @param wrk wrk's load, or null for this class's own clients
	 */
	PageLoad(BenchmarkSettings settings, SqlMeter sqlMeter, @Nullable WrkLoad wrk) {
		this.settings = settings;
		this.sqlMeter = sqlMeter;
		this.wrk = wrk;
	}

	/**
	 * Which load tool sends the requests.
	 * @return a few words for the report
	 */
	String tool() {
		return (this.wrk != null) ? "wrk, 2 threads, one connection per client, as the PetClinic anchor"
				: "Java's HttpClient in the application's JVM, one thread per client";
	}

	/**
	 * Warms the application up as a whole: loads every page in turn for the warm-up
	 * period, so that the code the pages share is compiled before the first is measured.
	 * @param pages the pages
	 */
	void warmUp(List<Page> pages) {
		if (this.wrk != null) {
			this.wrk.warmUp(pages);
			return;
		}
		for (Page page : pages) {
			run(page, this.settings.warmUp());
		}
	}

	/**
	 * Warms a page up, then measures it.
	 * @param page the page
	 * @return what was measured
	 */
	Result measure(Page page) {
		if (this.wrk != null) {
			return this.wrk.measure(page);
		}
		run(page, this.settings.warmUp());
		SqlMeter.Totals before = this.sqlMeter.totals();
		long start = System.nanoTime();
		long[] latencies = run(page, this.settings.measure());
		long elapsed = System.nanoTime() - start;
		SqlMeter.Totals sql = this.sqlMeter.totals().since(before);
		Arrays.sort(latencies);
		return new Result(page, latencies.length, elapsed, percentile(latencies, 0.50), percentile(latencies, 0.99),
				sql.statements(), sql.nanos());
	}

	private long[] run(Page page, Duration period) {
		List<Browser> browsers = page.browsers();
		ExecutorService threads = Executors.newFixedThreadPool(browsers.size());
		long deadline = System.nanoTime() + period.toNanos();
		AtomicReference<String> failure = new AtomicReference<>();
		try {
			List<Future<long[]>> loads = new ArrayList<>();
			for (Browser browser : browsers) {
				loads.add(threads.submit(() -> load(browser, page, deadline, failure)));
			}
			List<long[]> all = new ArrayList<>();
			for (Future<long[]> load : loads) {
				all.add(load.get());
			}
			if (failure.get() != null) {
				throw new IllegalStateException(page.name() + " (" + page.path() + "): " + failure.get());
			}
			return all.stream().flatMapToLong(Arrays::stream).toArray();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
		catch (ExecutionException ex) {
			throw new IllegalStateException(ex.getCause());
		}
		finally {
			threads.shutdownNow();
		}
	}

	private static long[] load(Browser browser, Page page, long deadline, AtomicReference<String> failure) {
		long[] latencies = new long[256];
		int count = 0;
		while (System.nanoTime() < deadline && failure.get() == null) {
			long start = System.nanoTime();
			String problem;
			try {
				HttpResponse<String> response = browser.get(page.path());
				long took = System.nanoTime() - start;
				problem = page.problemWith(response);
				if (problem == null) {
					if (count == latencies.length) {
						latencies = Arrays.copyOf(latencies, count * 2);
					}
					latencies[count++] = took;
				}
			}
			catch (RuntimeException ex) {
				problem = ex + ((ex.getCause() != null) ? " (" + ex.getCause() + ")" : "");
			}
			if (problem != null) {
				failure.compareAndSet(null, problem);
				break;
			}
		}
		return Arrays.copyOf(latencies, count);
	}

	private static long percentile(long[] sorted, double fraction) {
		if (sorted.length == 0) {
			return 0;
		}
		int index = (int) Math.ceil(fraction * sorted.length) - 1;
		return sorted[Math.max(0, Math.min(sorted.length - 1, index))];
	}

	/**
	 * A page to load, with the browsers that load it and the text a right answer has.
	 *
	 * @param key its short name, as {@code hcs.bench.pages} names it
	 * @param name what it is, for the table
	 * @param path its path and query
	 * @param browsers the browsers that load it, one per client
	 * @param expected text every answer must contain
	 */
	record Page(String key, String name, String path, List<Browser> browsers, List<String> expected) {

		/**
		 * What is wrong with an answer, if anything.
		 * @param response the answer
		 * @return the problem, or null if the answer is right
		 */
		@Nullable String problemWith(HttpResponse<String> response) {
			String body = response.body();
			Matcher title = TITLE.matcher(body);
			String shown = title.find() ? " (title '" + title.group(1) + "')" : "";
			if (response.statusCode() != 200) {
				return "answered " + response.statusCode()
						+ response.headers().firstValue("Location").map((to) -> " to " + to).orElse("") + shown;
			}
			for (String text : this.expected) {
				if (!body.contains(text)) {
					return "answered 200 without '" + text + "'" + shown;
				}
			}
			return null;
		}

	}

	/**
	 * What was measured on one page.
	 *
	 * @param page the page
	 * @param requests the requests answered in the measured period
	 * @param nanos how long the measured period took, until the last answer
	 * @param p50 the median time to answer
	 * @param p99 the 99th percentile of the time to answer
	 * @param statements the SQL statements run in the measured period
	 * @param sqlNanos the time spent in them
	 */
	record Result(Page page, long requests, long nanos, long p50, long p99, long statements, long sqlNanos) {

		double perSecond() {
			return this.requests / (this.nanos / 1e9);
		}

		double statementsPerRequest() {
			return (this.requests > 0) ? (double) this.statements / this.requests : 0;
		}

		double sqlMillisPerRequest() {
			return (this.requests > 0) ? this.sqlNanos / 1e6 / this.requests : 0;
		}

	}

}
