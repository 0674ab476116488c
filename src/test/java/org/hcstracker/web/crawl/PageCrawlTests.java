package org.hcstracker.web.crawl;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.hcstracker.testsupport.FailingPageConfiguration;
import org.hcstracker.testsupport.TestDatabase;
import org.hcstracker.testsupport.TestPasswordHashing;
import org.hcstracker.testsupport.TestSealKey;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestInstance.Lifecycle;
import org.junit.jupiter.api.TestMethodOrder;
import org.slf4j.LoggerFactory;
import org.springframework.boot.jdbc.autoconfigure.JdbcConnectionDetails;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every page and form the demo accounts can reach, through the real server on the demo
 * data: no answer is a server error, and no page, error pages included, shows a message
 * key or Thymeleaf's {@code ??key??}. The crawl sends forms, so it runs on a demo
 * database of its own, leaving the shared demo data to the other tests.
 *
 * <p>
 * Beside the five demo roles it signs in as a demo apprentice in each lifecycle status
 * (on programme, on a break, withdrawn, completed, at gateway, in EPA), and as the other
 * coach and line managers whose caseloads hold them, so that each role meets each status.
 * Each person reads every page reached from their home page ({@link Crawler} says which
 * are sampled) and sends each form as shown, filled in, and once for each kind of form
 * with wrong values. Apprentices go first and the admin last, so that no one's forms stop
 * those after them from reaching their pages; no crawl signs out, disables an account or
 * sets a password. Every problem is listed at once, with who met it, how and where.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = { "hcs.demo.mode=on", "hcs.epa.seal.keys.1=" + TestSealKey.VALUE })
@Import({ PageCrawlTests.OwnDemoDatabase.class, TestPasswordHashing.class, FailingPageConfiguration.class })
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
@TestInstance(Lifecycle.PER_CLASS)
class PageCrawlTests {

	private static final String PASSWORD = "demo-password";

	/**
	 * One demo apprentice in each lifecycle status: on programme, on a break, withdrawn,
	 * completed, at gateway and in EPA. Staff crawl these apprentices' pages, not every
	 * apprentice's, to keep the crawl short.
	 */
	private static final List<String> SAMPLE = List.of("apprentice@demo.test", "grace.adeyemi@demo.test",
			"oliver.grant@demo.test", "aaron.mitchell@demo.test", "ben.carter@demo.test", "zara.ahmed@demo.test");

	/**
	 * Who signs in, in the order of the crawl: the sampled apprentices, then the line
	 * managers (employer@demo.test has Jordan Ellis, Sarah Whitfield Grace Adeyemi,
	 * Oliver Grant, Aaron Mitchell and Ben Carter, Mark Bennett Zara Ahmed), the
	 * assessor, the coaches (coach@demo.test has Jordan Ellis and Grace Adeyemi, Tom
	 * Okafor the others) and the admin.
	 */
	private static final List<String> PEOPLE = Stream
		.concat(SAMPLE.stream(),
				Stream.of("employer@demo.test", "sarah.whitfield@demo.test", "mark.bennett@demo.test",
						"assessor@demo.test", "coach@demo.test", "tom.okafor@demo.test", "admin@demo.test"))
		.toList();

	private static final int MAX_PAGES_PER_PERSON = 400;

	private static final int MAX_FORMS_PER_PERSON = 150;

	private static final Pattern OWN_APPRENTICE_PAGE = Pattern.compile("/apprentices/(\\d+)/");

	@LocalServerPort
	int port;

	private final PageCheck check = PageCheck.withMessagesOf(Path.of("src/main/resources/messages.properties"));

	/** Each person signed in once, for both tests. */
	private final Map<String, CrawlClient> clients = new HashMap<>();

	@Test
	@Order(1)
	void errorPagesSignedInAndSignedOutShowNoRawKeys() {
		long priya = ownApprenticeId("priya.sharma@demo.test");
		long mohammed = ownApprenticeId("mohammed.iqbal@demo.test");
		long jordan = ownApprenticeId("apprentice@demo.test");
		record Case(String email, String anotherApprentice, String anotherArea) {
		}
		List<Case> cases = List.of(new Case("apprentice@demo.test", "/apprentices/" + priya, "/coach"),
				new Case("employer@demo.test", "/apprentices/" + mohammed, "/admin"),
				new Case("coach@demo.test", "/apprentices/" + mohammed + "/portfolio", "/employer"),
				new Case("assessor@demo.test", "/apprentices/" + jordan + "/epa", "/apprentice"),
				new Case("admin@demo.test", "/apprentices/999999999", "/assessor"));
		for (Case person : cases) {
			CrawlClient client = client(person.email());
			expect(client, person.email(), "/no-such-page", 404);
			expect(client, person.email(), person.anotherApprentice(), 404);
			expect(client, person.email(), "/apprentices/" + jordan + "/evidence/999999999", 404);
			expect(client, person.email(), person.anotherArea(), 403);
		}
		expect(client("admin@demo.test"), "admin@demo.test", FailingPageConfiguration.FAILING_PATH, 500);

		CrawlClient nobody = CrawlClient.signedOut(this.port);
		for (String path : List.of("/no-such-page", "/apprentices/" + jordan, "/login", "/login?error",
				"/set-password?token=no-such-token")) {
			CrawlClient.Answer answer = nobody.get(path, null);
			this.check.answer("signed out", "GET", path, answer);
			if (answer.isRedirect() && answer.location().contains("/login")) {
				this.check.answer("signed out", "GET (redirected)", "/login", nobody.get("/login", path));
			}
		}
		assertThat(this.check.problems()).as("Error pages with a wrong status or a raw message key").isEmpty();
	}

	@Test
	@Order(2)
	void everyPageAndFormOfEveryDemoAccountAnswersWithoutServerErrorOrRawKeys() {
		Set<Long> sample = SAMPLE.stream().map(this::ownApprenticeId).collect(Collectors.toSet());
		List<Crawler.Summary> summaries = new ArrayList<>();
		for (String email : PEOPLE) {
			summaries
				.add(new Crawler(client(email), this.check, email, sample, MAX_PAGES_PER_PERSON, MAX_FORMS_PER_PERSON)
					.crawl("/"));
		}
		String done = summaries.stream().map(Object::toString).collect(Collectors.joining("\n", "\n", ""));
		LoggerFactory.getLogger(PageCrawlTests.class).info("Page crawl:{}", done);
		assertThat(summaries).as(done).allSatisfy((summary) -> assertThat(summary.pages()).isGreaterThan(5));
		assertThat(this.check.problems()).as("Answers with a server error or a raw message key, after" + done)
			.isEmpty();
	}

	private void expect(CrawlClient client, String who, String path, int status) {
		this.check.answer(who, "GET", path, client.get(path, null), (actual) -> actual == status);
	}

	private CrawlClient client(String email) {
		return this.clients.computeIfAbsent(email, (who) -> CrawlClient.signedIn(this.port, who, PASSWORD));
	}

	private long ownApprenticeId(String email) {
		Matcher matcher = OWN_APPRENTICE_PAGE.matcher(client(email).get("/apprentice", null).body());
		assertThat(matcher.find()).as("a link to %s's own pages", email).isTrue();
		return Long.parseLong(matcher.group(1));
	}

	/**
	 * A fresh database of the crawl's own on the run's PostgreSQL server, which the demo
	 * data is loaded into.
	 */
	@TestConfiguration(proxyBeanMethods = false)
	static class OwnDemoDatabase {

		@Bean
		JdbcConnectionDetails crawlDatabaseConnectionDetails() {
			return TestDatabase.freshSibling("crawl").connectionDetails();
		}

	}

}
