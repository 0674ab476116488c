package org.hcstracker;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.hcstracker.audit.AuditRecord.Actor;
import org.hcstracker.people.AccountView;
import org.hcstracker.people.Role;
import org.hcstracker.programme.KsbView;
import org.hcstracker.programme.StandardVersionService;
import org.hcstracker.programme.StandardVersionView;
import org.hcstracker.testsupport.TestAccounts;
import org.hcstracker.testsupport.TestDatabase;
import org.hcstracker.testsupport.TestSealKey;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.TypeExcludeFilter;
import org.springframework.boot.test.context.TestComponent;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.type.classreading.MetadataReader;
import org.springframework.core.type.classreading.MetadataReaderFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.session.Session;
import org.springframework.session.SessionRepository;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two application nodes on one PostgreSQL database, reached over real HTTP by clients
 * that keep their cookies as a browser does: a session made on one node is used on the
 * other; signing out on one ends it on both, and so does the administrator disabling the
 * account; failed sign-ins spread over both nodes add up to the limit; a job scheduled on
 * both runs once per turn; a KSB import previewed on one node is confirmed on the other;
 * and two requests of one session adding the same attribute on both nodes at once do not
 * collide. The nodes run without demo data, with small pools.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TwoNodesTests {

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

	private static final Actor TEST = Actor.system("Test set-up");

	private ConfigurableApplicationContext first;

	private ConfigurableApplicationContext second;

	private TestAccounts accounts;

	@BeforeAll
	void startTwoNodes() {
		TestDatabase.Coordinates database = TestDatabase.freshSibling("nodes");
		this.first = start(database, "first");
		this.second = start(database, "second");
		this.accounts = this.first.getAutowireCapableBeanFactory().createBean(TestAccounts.class);
	}

	@AfterAll
	void stopNodes() {
		if (this.second != null) {
			this.second.close();
		}
		if (this.first != null) {
			this.first.close();
		}
	}

	@Test
	void aSessionMadeOnOneNodeIsUsedOnTheOtherAndSigningOutEndsItOnBoth() {
		AccountView coach = this.accounts.person(Role.COACH);
		Browser browser = new Browser();
		browser.signIn(this.first, coach.email(), TestAccounts.PASSWORD);

		HttpResponse<String> home = browser.get(this.second, "/coach");
		assertThat(home.statusCode()).isEqualTo(200);
		assertThat(home.body()).contains(coach.name());

		HttpResponse<String> signedOut = browser.post(this.second, "/logout",
				Map.of("_csrf", browser.csrf(this.second, "/coach")));
		assertThat(signedOut.headers().firstValue("Location"))
			.hasValueSatisfying((location) -> assertThat(location).endsWith("/login?signedOut"));

		assertThat(browser.get(this.first, "/coach")).satisfies(TwoNodesTests::sentToSignIn);
		assertThat(browser.get(this.second, "/coach")).satisfies(TwoNodesTests::sentToSignIn);
	}

	@Test
	void disablingAnAccountEndsItsSessionsOnBothNodes() {
		AccountView coach = this.accounts.person(Role.COACH);
		Browser coachBrowser = new Browser();
		coachBrowser.signIn(this.first, coach.email(), TestAccounts.PASSWORD);
		assertThat(coachBrowser.get(this.second, "/coach").statusCode()).isEqualTo(200);

		AccountView admin = this.accounts.person(Role.ADMIN);
		Browser adminBrowser = new Browser();
		adminBrowser.signIn(this.second, admin.email(), TestAccounts.PASSWORD);
		HttpResponse<String> disabled = adminBrowser.post(this.second, "/admin/accounts/" + coach.id() + "/disable",
				Map.of("confirmed", "true", "_csrf", adminBrowser.csrf(this.second, "/admin")));
		assertThat(disabled.statusCode()).isEqualTo(302);

		assertThat(coachBrowser.get(this.first, "/coach")).satisfies(TwoNodesTests::sentToSignIn);
		assertThat(coachBrowser.get(this.second, "/coach")).satisfies(TwoNodesTests::sentToSignIn);
		assertThat(adminBrowser.get(this.first, "/admin").statusCode()).isEqualTo(200);
	}

	@Test
	void failedSignInsSpreadOverBothNodesReachTheLimitAndLockTheAccount() {
		AccountView employer = this.accounts.person(Role.EMPLOYER);
		for (int i = 0; i < 5; i++) {
			ConfigurableApplicationContext node = (i % 2 == 0) ? this.first : this.second;
			assertThat(new Browser().attempt(node, employer.email(), "wrong-" + i)).endsWith("/login?error");
		}

		assertThat(new Browser().attempt(this.first, employer.email(), TestAccounts.PASSWORD))
			.endsWith("/login?throttled");
		assertThat(new Browser().attempt(this.second, employer.email(), TestAccounts.PASSWORD))
			.endsWith("/login?throttled");
	}

	@Test
	void aKsbImportPreviewedOnOneNodeIsConfirmedOnTheOther() {
		StandardVersionView version = this.first.getBean(StandardVersionService.class)
			.createVersion("Two nodes " + UUID.randomUUID(), TEST);
		AccountView admin = this.accounts.person(Role.ADMIN);
		Browser browser = new Browser();
		browser.signIn(this.first, admin.email(), TestAccounts.PASSWORD);
		String base = "/admin/standards/" + version.id();

		HttpResponse<String> preview = browser.postCsv(this.first, base + "/import",
				browser.csrf(this.first, base + "/import"), "code,area,statement\nK1,1,Care\nS1,5,Procedures\n");
		assertThat(preview.statusCode()).isEqualTo(200);
		Matcher draft = Pattern.compile("name=\"draftId\" value=\"([^\"]+)\"").matcher(preview.body());
		assertThat(draft.find()).as("the preview's draft id").isTrue();

		HttpResponse<String> confirmed = browser.post(this.second, base + "/import/confirm",
				Map.of("draftId", draft.group(1), "_csrf", browser.csrf(this.second, base)));
		assertThat(confirmed.headers().firstValue("Location"))
			.hasValueSatisfying((location) -> assertThat(location).endsWith(base));
		assertThat(this.second.getBean(StandardVersionService.class).ksbsOf(version.id())).extracting(KsbView::code)
			.containsExactly("K1", "S1");
	}

	@Test
	void twoRequestsOfOneSessionAddingTheSameAttributeOnTwoNodesAtOnceDoNotCollide() {
		JdbcIndexedSessionRepository onFirst = this.first.getBean(JdbcIndexedSessionRepository.class);
		String id = addTheSameAttributeOnBothNodes(onFirst, this.second.getBean(JdbcIndexedSessionRepository.class));

		assertThat(attribute(onFirst, id, "same")).isEqualTo("second");
	}

	private static <S extends Session> Object attribute(SessionRepository<S> sessions, String id, String name) {
		return sessions.findById(id).getAttribute(name);
	}

	private static <S extends Session> String addTheSameAttributeOnBothNodes(SessionRepository<S> onFirst,
			SessionRepository<S> onSecond) {
		S made = onFirst.createSession();
		onFirst.save(made);
		S seenByFirst = onFirst.findById(made.getId());
		S seenBySecond = onSecond.findById(made.getId());
		seenByFirst.setAttribute("same", "first");
		onFirst.save(seenByFirst);
		seenBySecond.setAttribute("same", "second");
		onSecond.save(seenBySecond);
		return made.getId();
	}

	@Test
	void aJobScheduledOnBothNodesRunsOncePerTurn() throws InterruptedException {
		Instant until = Instant.now().plusSeconds(10);
		while (EveryTwoSeconds.turnsSeen() < 2 && Instant.now().isBefore(until)) {
			Thread.sleep(200);
		}

		Map<Long, List<String>> runsByTurn = EveryTwoSeconds.RUNS.stream()
			.collect(Collectors.groupingBy(Run::turn, Collectors.mapping(Run::node, Collectors.toList())));
		assertThat(runsByTurn).hasSizeGreaterThanOrEqualTo(2);
		assertThat(runsByTurn.values()).allSatisfy((nodes) -> assertThat(nodes).hasSize(1));
		assertThat(this.first.getBean(EveryTwoSeconds.class)).isNotNull();
		assertThat(this.second.getBean(EveryTwoSeconds.class)).isNotNull();
	}

	private static void sentToSignIn(HttpResponse<String> response) {
		assertThat(response.statusCode()).isEqualTo(302);
		assertThat(response.headers().firstValue("Location"))
			.hasValueSatisfying((location) -> assertThat(location).endsWith("/login"));
	}

	private static ConfigurableApplicationContext start(TestDatabase.Coordinates database, String name) {
		return new SpringApplicationBuilder(HcsTrackerApplication.class, EveryTwoSeconds.class)
			.initializers((context) -> context.getBeanFactory()
				.registerSingleton(LeaveOutTestComponents.class.getName(), new LeaveOutTestComponents()))
			.run("--server.port=0", "--spring.datasource.url=" + database.jdbcUrl(),
					"--spring.datasource.username=" + database.username(),
					"--spring.datasource.password=" + database.password(),
					"--spring.datasource.hikari.maximum-pool-size=3", "--hcs.demo.mode=off",
					"--hcs.epa.seal.keys.1=" + TestSealKey.VALUE, "--hcs.test.node=" + name,
					"--spring.main.banner-mode=off");
	}

	private static int port(ConfigurableApplicationContext node) {
		return ((WebServerApplicationContext) node).getWebServer().getPort();
	}

	/**
	 * Leaves the tests' own configurations (on the class path with the application) out
	 * of the nodes' component scan, as a test context does.
	 */
	static class LeaveOutTestComponents extends TypeExcludeFilter {

		@Override
		public boolean match(MetadataReader reader, MetadataReaderFactory factory) {
			return reader.getAnnotationMetadata().isAnnotated(TestComponent.class.getName());
		}

	}

	/**
	 * A job each node schedules every two seconds, under a lock held for most of a turn,
	 * noting which node ran it in which turn.
	 */
	static class EveryTwoSeconds {

		static final Queue<Run> RUNS = new ConcurrentLinkedQueue<>();

		private final String node;

		EveryTwoSeconds(org.springframework.core.env.Environment environment) {
			this.node = environment.getRequiredProperty("hcs.test.node");
		}

		static long turnsSeen() {
			return RUNS.stream().map(Run::turn).distinct().count();
		}

		@Scheduled(cron = "*/2 * * * * *")
		@SchedulerLock(name = "two-nodes-test", lockAtLeastFor = "PT1.8S", lockAtMostFor = "PT1.8S")
		void run() {
			RUNS.add(new Run(Instant.now().getEpochSecond() / 2, this.node));
		}

	}

	record Run(long turn, String node) {
	}

	/**
	 * One person's browser: one cookie jar for both nodes, as behind a load balancer.
	 */
	private static final class Browser {

		private final HttpClient http = HttpClient.newBuilder()
			.cookieHandler(new CookieManager())
			.followRedirects(HttpClient.Redirect.NEVER)
			.build();

		void signIn(ConfigurableApplicationContext node, String email, String password) {
			assertThat(attempt(node, email, password)).doesNotContain("/login");
		}

		String attempt(ConfigurableApplicationContext node, String email, String password) {
			HttpResponse<String> response = post(node, "/login",
					Map.of("email", email, "password", password, "_csrf", csrf(node, "/login")));
			assertThat(response.statusCode()).isEqualTo(302);
			return response.headers().firstValue("Location").orElse("");
		}

		String csrf(ConfigurableApplicationContext node, String path) {
			HttpResponse<String> page = get(node, path);
			Matcher matcher = CSRF.matcher(page.body());
			assertThat(matcher.find()).as("a form on " + path).isTrue();
			return matcher.group(1);
		}

		HttpResponse<String> get(ConfigurableApplicationContext node, String path) {
			return send(request(node, path).header("Accept", "text/html").GET());
		}

		HttpResponse<String> post(ConfigurableApplicationContext node, String path, Map<String, String> fields) {
			String form = fields.entrySet()
				.stream()
				.map((field) -> encode(field.getKey()) + "=" + encode(field.getValue()))
				.collect(Collectors.joining("&"));
			return send(request(node, path).header("Content-Type", "application/x-www-form-urlencoded")
				.POST(HttpRequest.BodyPublishers.ofString(form)));
		}

		HttpResponse<String> postCsv(ConfigurableApplicationContext node, String path, String csrf, String csv) {
			String boundary = "----hcs" + UUID.randomUUID().toString().replace("-", "");
			Function<String, String> part = (head) -> "--" + boundary + "\r\nContent-Disposition: form-data; " + head;
			String body = part.apply("name=\"_csrf\"\r\n\r\n") + csrf + "\r\n"
					+ part.apply("name=\"file\"; filename=\"ksbs.csv\"\r\nContent-Type: text/csv\r\n\r\n") + csv
					+ "\r\n--" + boundary + "--\r\n";
			return send(request(node, path).header("Content-Type", "multipart/form-data; boundary=" + boundary)
				.POST(HttpRequest.BodyPublishers.ofString(body)));
		}

		private HttpRequest.Builder request(ConfigurableApplicationContext node, String path) {
			return HttpRequest.newBuilder(URI.create("http://localhost:" + port(node) + path))
				.timeout(Duration.ofSeconds(30));
		}

		private HttpResponse<String> send(HttpRequest.Builder request) {
			try {
				return this.http.send(request.build(), HttpResponse.BodyHandlers.ofString());
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				throw new IllegalStateException(ex);
			}
		}

		private static String encode(String value) {
			return URLEncoder.encode(value, StandardCharsets.UTF_8);
		}

	}

}
