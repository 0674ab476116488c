package org.hcstracker.benchmark;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.text.NumberFormat;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.IntStream;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;
import org.hcstracker.benchmark.PageLoad.Page;
import org.hcstracker.benchmark.PageLoad.Result;
import org.hcstracker.benchmark.ProviderScaleData.Subjects;
import org.hcstracker.shared.UkTime;
import org.hcstracker.testsupport.TestSealKey;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.web.util.HtmlUtils;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The main pages at a real provider's size: the application starts on a fresh database
 * (Flyway migrates it), {@link ProviderScaleData} fills it with 5,000 apprentices and
 * their portfolios, logs and reviews, derived data is refreshed, and then each page is
 * loaded by {@link BenchmarkSettings#clients() 16} signed-in clients at once, each with
 * its own session: every page in turn to warm the application up, then each page for a
 * warm-up and a measured period. For each page it prints requests per second, the median
 * and 99th percentile time to answer, the SQL statements and SQL time per request, and
 * its throughput as a share of the sign-in page's in the same run (the sign-in page is
 * measured again at the end, to show how much the machine drifted meanwhile); the table
 * also goes to target/benchmarks/pages.txt. Not part of the test suite; run it with
 * {@code ./mvnw -Pbenchmark test -Dtest=PageBenchmark} (settings in
 * {@link BenchmarkSettings}, the database in {@link BenchmarkDatabase}).
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = { "hcs.demo.mode=off", "hcs.epa.seal.keys.1=" + TestSealKey.VALUE })
@Import(BenchmarkConfiguration.class)
@Tag("benchmark")
class PageBenchmark {

	private static final Path REPORT = Path.of("target", "benchmarks", "pages.txt");

	@LocalServerPort
	int port;

	@Autowired
	PasswordEncoder passwordEncoder;

	@Autowired
	Clock clock;

	@Autowired
	SqlMeter sqlMeter;

	@Autowired
	DataSource dataSource;

	@Test
	void mainPagesAtAProvidersScale() throws IOException, SQLException {
		BenchmarkSettings settings = BenchmarkSettings.fromSystemProperties();
		ProviderScaleData data = new ProviderScaleData(BenchmarkDatabase.coordinates());
		System.out.println("Generating a provider's data into " + BenchmarkDatabase.coordinates().name());
		long start = System.nanoTime();
		Map<String, Duration> steps = data.generate(UkTime.today(this.clock), this.clock.instant(),
				this.passwordEncoder.encode(ProviderScaleData.PASSWORD), settings.evidencePerApprentice(),
				settings.otjPerApprentice(), (line) -> System.out.println("  " + line));
		Duration generation = Duration.ofNanos(System.nanoTime() - start);
		start = System.nanoTime();
		refreshDerivedData(data);
		Duration refresh = Duration.ofNanos(System.nanoTime() - start);
		System.out.printf("  %-45s %7.1f s%n", "refresh derived data", refresh.toMillis() / 1000.0);

		Subjects subjects = data.subjects();
		assertThat(subjects.apprentices()).isEqualTo(5000);
		assertThat(subjects.caseload()).isEqualTo(45);
		assertThat(subjects.managed()).isEqualTo(60);
		assertThat(subjects.employed()).isEqualTo(735);
		assertThat(subjects.daysOverTwelveHours()).isZero();
		assertThat(subjects.queue()).isPositive();
		assertThat(subjects.found()).isPositive();

		PageLoad load = new PageLoad(settings, this.sqlMeter,
				settings.wrk() ? new WrkLoad(settings, this.sqlMeter, this.port) : null);
		List<Page> pages = pages(settings, subjects);
		System.out.println("Warming up on every page");
		load.warmUp(pages);
		List<Result> results = new ArrayList<>();
		double loadBefore = systemLoad();
		for (Page page : pages) {
			Result result = load.measure(page);
			System.out.println(row(result, results.isEmpty() ? result : results.get(0)));
			results.add(result);
		}
		Page signIn = pages.get(0);
		Result again = load.measure(
				new Page(signIn.key(), signIn.name() + ", again", signIn.path(), signIn.browsers(), signIn.expected()));
		System.out.println(row(again, results.get(0)));
		results.add(again);
		double loadAfter = systemLoad();
		String report = report(settings, load, data.sizes(), steps, generation, refresh, subjects, results, loadBefore,
				loadAfter);
		System.out.print(report);
		Files.createDirectories(REPORT.getParent());
		Files.writeString(REPORT, report, StandardCharsets.UTF_8);
	}

	/**
	 * Refresh derived data: brings up to date whatever the application derives from its
	 * records, here written behind its back, before any page is loaded: the apprentice
	 * summaries, rebuilt through the admin's documented action, then the planner's
	 * statistics.
	 */
	private void refreshDerivedData(ProviderScaleData data) {
		Browser admin = Browser.signedIn(this.port, Duration.ofMinutes(30), ProviderScaleData.ADMIN,
				ProviderScaleData.PASSWORD, "/admin");
		HttpResponse<String> rebuilt = admin.submit("/admin/summaries", "/admin/summaries/rebuild");
		assertThat(rebuilt.statusCode()).as("the summaries' rebuild").isEqualTo(302);
		assertThat(rebuilt.headers().firstValue("Location"))
			.hasValueSatisfying((location) -> assertThat(location).endsWith("/admin/summaries"));
		data.analyze();
	}

	/**
	 * The pages, the sign-in page first: the others' throughput is given as a share of
	 * its throughput.
	 */
	private List<Page> pages(BenchmarkSettings settings, Subjects subjects) {
		Duration timeout = settings.timeout();
		String password = ProviderScaleData.PASSWORD;
		Supplier<List<Browser>> anonymous = () -> browsers(settings, () -> Browser.anonymous(this.port, timeout));
		Supplier<List<Browser>> coaches = memo(() -> browsers(settings,
				() -> Browser.signedIn(this.port, timeout, ProviderScaleData.COACH, password, "/coach")));
		Supplier<List<Browser>> lineManagers = memo(() -> browsers(settings,
				() -> Browser.signedIn(this.port, timeout, ProviderScaleData.LINE_MANAGER, password, "/employer")));
		Supplier<List<Browser>> admins = memo(() -> browsers(settings,
				() -> Browser.signedIn(this.port, timeout, ProviderScaleData.ADMIN, password, "/admin")));
		long id = subjects.apprentice().id();
		String name = HtmlUtils.htmlEscape(subjects.apprentice().name());
		String caseload = "Your caseload (" + number(subjects.caseload()) + ")";
		List<Page> pages = new ArrayList<>();
		pages.add(new Page("sign-in", "sign-in page", "/login", anonymous.get(),
				List.of("<h1>Sign in</h1>", "name=\"_csrf\"")));
		List<PageSpec> specs = List.of(
				new PageSpec("coach-home", "coach home", "/coach", coaches,
						List.of("<h1>Your caseload</h1>", caseload,
								number(subjects.queue()) + " pieces of evidence wait for your review")),
				new PageSpec("caseload-by-risk", "caseload by risk, page 2", "/coach?sort=RISK&page=1", coaches,
						List.of("<h1>Your caseload</h1>", caseload)),
				new PageSpec("caseload-red", "caseload, red only", "/coach?rag=RED", coaches,
						List.of("<h1>Your caseload</h1>", "Showing only the apprentices with a red status.")),
				new PageSpec("review-queue", "evidence review queue", "/coach/reviews", coaches,
						List.of("<h1>Evidence to review</h1>",
								number(subjects.queue()) + " pieces of evidence wait for your review")),
				new PageSpec("apprentice", "apprentice page", "/apprentices/" + id, coaches,
						List.of("<h1>" + name + "</h1>")),
				new PageSpec("portfolio", "portfolio", "/apprentices/" + id + "/portfolio", coaches,
						List.of("<h1>Portfolio: " + name + "</h1>")),
				new PageSpec("coverage", "coverage", "/apprentices/" + id + "/coverage", coaches,
						List.of("<h1>Coverage: " + name + "</h1>")),
				new PageSpec("off-the-job", "off-the-job", "/apprentices/" + id + "/off-the-job", coaches,
						List.of("<h1>Off-the-job training: " + name + "</h1>")),
				new PageSpec("line-manager", "line manager's list", "/employer", lineManagers,
						List.of("<h1>Your apprentices</h1>",
								"Apprentices at your organisation (" + number(subjects.employed()) + ")")),
				new PageSpec("admin-list", "admin's apprentice list", "/admin/apprentices", admins,
						List.of("<h1>Apprentices</h1>", number(subjects.apprentices()) + " apprentices")),
				new PageSpec("admin-search", "admin's list, name search",
						"/admin/apprentices?q=" + ProviderScaleData.NAME_SEARCH, admins,
						List.of("<h1>Apprentices</h1>", number(subjects.found()) + " apprentices")));
		for (PageSpec spec : specs) {
			if (settings.includes(spec.key())) {
				pages.add(new Page(spec.key(), spec.name(), spec.path(), spec.browsers().get(), spec.expected()));
			}
		}
		return pages;
	}

	private static List<Browser> browsers(BenchmarkSettings settings, Supplier<Browser> browser) {
		return IntStream.range(0, settings.clients()).mapToObj((i) -> browser.get()).toList();
	}

	private static <T> Supplier<T> memo(Supplier<T> supplier) {
		List<T> made = new ArrayList<>(1);
		return () -> {
			if (made.isEmpty()) {
				made.add(supplier.get());
			}
			return made.get(0);
		};
	}

	private String report(BenchmarkSettings settings, PageLoad load, Map<String, Long> sizes,
			Map<String, Duration> steps, Duration generation, Duration refresh, Subjects subjects, List<Result> results,
			double loadBefore, double loadAfter) throws SQLException {
		StringBuilder out = new StringBuilder();
		out.append(String.format(
				"Page benchmark, %s: %d cores, Java %d, system load average %.1f before the load and " + "%.1f after%n",
				ZonedDateTime.now(ZoneOffset.UTC).format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'")),
				Runtime.getRuntime().availableProcessors(), Runtime.version().feature(), loadBefore, loadAfter));
		out.append(wrapped("Rows in " + BenchmarkDatabase.coordinates().name() + ":",
				sizes.entrySet().stream().map((size) -> size.getKey() + " " + number(size.getValue())).toList()));
		out.append(wrapped(
				String.format("Generated in %s, derived data refreshed in %.1f s; by step:", minutes(generation),
						refresh.toMillis() / 1000.0),
				steps.entrySet()
					.stream()
					.map((step) -> String.format("%s %.1f s", step.getKey(), step.getValue().toMillis() / 1000.0))
					.toList()));
		out.append(wrapped("Load:",
				List.of(settings.clients() + " clients per page, each with its own session", "sent by " + load.tool(),
						"warm-up " + settings.warmUp().toSeconds() + " s",
						"measured " + settings.measure().toSeconds() + " s",
						"connection pool " + this.dataSource.unwrap(HikariDataSource.class).getMaximumPoolSize())));
		out.append(wrapped("As:",
				List.of("coach " + ProviderScaleData.COACH + " (" + subjects.caseload() + " apprentices, "
						+ subjects.queue() + " pieces of evidence waiting)",
						"apprentice #" + subjects.apprentice().id() + " " + subjects.apprentice().name() + " ("
								+ subjects.apprentice().evidence() + " pieces of evidence, "
								+ subjects.apprentice().offTheJob() + " off-the-job entries)",
						"line manager " + ProviderScaleData.LINE_MANAGER + " (" + subjects.managed() + " of the "
								+ subjects.employed() + " at the trust)",
						"admin " + ProviderScaleData.ADMIN + " (search '" + ProviderScaleData.NAME_SEARCH + "': "
								+ subjects.found() + ")")));
		out.append(String.format("%n%-26s %-36s %8s %8s %8s %8s %10s %10s%n", "page", "path", "req/s", "p50 ms",
				"p99 ms", "SQL/req", "SQL ms/req", "vs sign-in"));
		for (Result result : results) {
			out.append(row(result, results.get(0))).append('\n');
		}
		return out.toString();
	}

	/**
	 * A heading followed by items, separated by commas, in lines of at most 110
	 * characters.
	 */
	private static String wrapped(String heading, List<String> items) {
		StringBuilder out = new StringBuilder(heading);
		int lineStart = 0;
		for (int i = 0; i < items.size(); i++) {
			String item = items.get(i) + ((i < items.size() - 1) ? "," : "");
			if (out.length() - lineStart + 1 + item.length() > 110) {
				out.append("\n ");
				lineStart = out.length() - 1;
			}
			out.append(' ').append(item);
		}
		return out.append('\n').toString();
	}

	private static String row(Result result, Result signIn) {
		return String.format("%-26s %-36s %8.1f %8.1f %8.1f %8.1f %10.2f %10.3f", result.page().name(),
				result.page().path(), result.perSecond(), result.p50() / 1e6, result.p99() / 1e6,
				result.statementsPerRequest(), result.sqlMillisPerRequest(), result.perSecond() / signIn.perSecond());
	}

	private static double systemLoad() {
		return ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
	}

	private static String number(long value) {
		return NumberFormat.getIntegerInstance(Locale.UK).format(value);
	}

	private static String minutes(Duration duration) {
		return String.format("%d min %02d s", duration.toMinutes(), duration.toSecondsPart());
	}

	/**
	 * A page before its browsers are signed in: only the pages asked for sign any in.
	 */
	private record PageSpec(String key, String name, String path, Supplier<List<Browser>> browsers,
			List<String> expected) {
	}

}
