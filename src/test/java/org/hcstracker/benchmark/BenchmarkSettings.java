package org.hcstracker.benchmark;

import java.time.Duration;
import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What the page benchmark does, from system properties ({@code -D} on the Maven command
 * line): {@code hcs.bench.clients} (16) signed-in clients load each page at once for
 * {@code hcs.bench.warm-up-seconds} (10), then are measured for
 * {@code hcs.bench.measure-seconds} (20); a request taking longer than
 * {@code hcs.bench.timeout-seconds} (120) fails the run. {@code hcs.bench.pages} (all)
 * names the pages to load, by key, comma-separated. The generated data has on average
 * {@code hcs.bench.evidence-per-apprentice} (148) pieces of evidence and
 * {@code hcs.bench.otj-per-apprentice} (240) off-the-job entries per apprentice; lower
 * them for a quick trial of the benchmark itself. {@code hcs.bench.load} says what sends
 * the requests: {@code wrk} (the default where wrk is installed), as the PetClinic anchor
 * script loads PetClinic, or {@code java}, the benchmark's own clients in the
 * application's JVM, whose work then competes with the server's for the same cores.
 *
 * @param clients the number of concurrent clients
 * @param warmUp how long each page is loaded before it is measured
 * @param measure how long each page is measured
 * @param timeout the longest a request may take
 * @param pages the keys of the pages to load, or empty for all
 * @param evidencePerApprentice the average number of pieces of evidence per apprentice
 * @param otjPerApprentice the average number of off-the-job entries per apprentice
 * @param wrk whether wrk sends the requests
 */
record BenchmarkSettings(int clients, Duration warmUp, Duration measure, Duration timeout, Set<String> pages,
		int evidencePerApprentice, int otjPerApprentice, boolean wrk) {

	static BenchmarkSettings fromSystemProperties() {
		String pages = System.getProperty("hcs.bench.pages", "");
		return new BenchmarkSettings(Integer.getInteger("hcs.bench.clients", 16),
				Duration.ofSeconds(Integer.getInteger("hcs.bench.warm-up-seconds", 10)),
				Duration.ofSeconds(Integer.getInteger("hcs.bench.measure-seconds", 20)),
				Duration.ofSeconds(Integer.getInteger("hcs.bench.timeout-seconds", 120)),
				Arrays.stream(pages.split(","))
					.map(String::strip)
					.filter((key) -> !key.isEmpty())
					.collect(Collectors.toUnmodifiableSet()),
				Integer.getInteger("hcs.bench.evidence-per-apprentice", 148),
				Integer.getInteger("hcs.bench.otj-per-apprentice", 240),
				System.getProperty("hcs.bench.load", WrkLoad.available() ? "wrk" : "java").equals("wrk"));
	}

	boolean includes(String page) {
		return this.pages.isEmpty() || this.pages.contains(page);
	}

}
