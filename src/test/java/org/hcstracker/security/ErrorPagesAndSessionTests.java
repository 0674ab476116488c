package org.hcstracker.security;

import java.io.IOException;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.hcstracker.people.AccountView;
import org.hcstracker.people.Role;
import org.hcstracker.testsupport.FailingPageConfiguration;
import org.hcstracker.testsupport.TestAccounts;
import org.hcstracker.testsupport.WebAppTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Through the real server: error pages with their status codes and no exception text, and
 * a new session id on signing in.
 */
@WebAppTest
class ErrorPagesAndSessionTests {

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

	@LocalServerPort
	int port;

	@Autowired
	TestAccounts testAccounts;

	@Test
	void aFailingPageAnswers500WithAFriendlyPageAndNoExceptionText() throws Exception {
		Client admin = signedIn(this.testAccounts.person(Role.ADMIN));

		HttpResponse<String> response = admin.get(FailingPageConfiguration.FAILING_PATH);

		assertThat(response.statusCode()).isEqualTo(500);
		assertThat(response.body()).contains("Sorry, something went wrong")
			.doesNotContain(FailingPageConfiguration.SECRET_DETAIL)
			.doesNotContain("Exception")
			.doesNotContain("org.hcstracker");
	}

	@Test
	void anUnknownPageAnswers404AndAnotherRolesArea403() throws Exception {
		Client coach = signedIn(this.testAccounts.person(Role.COACH));

		HttpResponse<String> missing = coach.get("/coach/no-such-page");
		assertThat(missing.statusCode()).isEqualTo(404);
		assertThat(missing.body()).contains("Page not found").doesNotContain("Exception");

		HttpResponse<String> forbidden = coach.get("/admin");
		assertThat(forbidden.statusCode()).isEqualTo(403);
		assertThat(forbidden.body()).contains("You cannot open this page").doesNotContain("Exception");
	}

	@Test
	void errorPagesKeepTheMenuTheNameAndSignOutForASignedInPerson() throws Exception {
		AccountView coachAccount = this.testAccounts.person(Role.COACH);
		Client coach = signedIn(coachAccount);

		String[][] pages = { { "/coach/no-such-page", "404" }, { "/no-such-page", "404" }, { "/admin", "403" },
				{ "/apprentices/999999999", "404" }, { "/apprentices/not-a-number", "404" } };
		for (String[] expected : pages) {
			HttpResponse<String> page = coach.get(expected[0]);
			assertThat(page.statusCode()).as(expected[0]).isEqualTo(Integer.parseInt(expected[1]));
			assertThat(page.body()).as(expected[0])
				.contains(">Sign out</button>")
				.contains(coachAccount.name())
				.contains("href=\"/coach/reviews\"")
				.contains("action=\"/logout\"")
				.doesNotContain("Exception");
		}

		AccountView adminAccount = this.testAccounts.person(Role.ADMIN);
		HttpResponse<String> failed = signedIn(adminAccount).get(FailingPageConfiguration.FAILING_PATH);
		assertThat(failed.statusCode()).isEqualTo(500);
		assertThat(failed.body()).contains(">Sign out</button>")
			.contains(adminAccount.name())
			.contains("href=\"/admin/audit\"")
			.doesNotContain(FailingPageConfiguration.SECRET_DETAIL);
	}

	@Test
	void signingInGivesANewSessionId() throws Exception {
		AccountView employer = this.testAccounts.person(Role.EMPLOYER);
		Client client = new Client();
		String page = client.get("/login").body();
		String before = client.sessionId();
		assertThat(before).isNotNull();

		HttpResponse<String> response = client.post("/login", "email=" + encode(employer.email()) + "&password="
				+ encode(TestAccounts.PASSWORD) + "&_csrf=" + encode(csrf(page)));

		assertThat(response.headers().firstValue("Location"))
			.hasValueSatisfying((to) -> assertThat(to).endsWith("/employer"));
		assertThat(client.sessionId()).isNotNull().isNotEqualTo(before);
	}

	private Client signedIn(AccountView account) throws IOException, InterruptedException {
		Client client = new Client();
		String page = client.get("/login").body();
		HttpResponse<String> response = client.post("/login", "email=" + encode(account.email()) + "&password="
				+ encode(TestAccounts.PASSWORD) + "&_csrf=" + encode(csrf(page)));
		assertThat(response.statusCode()).isEqualTo(302);
		return client;
	}

	private static String csrf(String page) {
		Matcher matcher = CSRF.matcher(page);
		assertThat(matcher.find()).as("CSRF token on the page").isTrue();
		return matcher.group(1);
	}

	private static String encode(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}

	private final class Client {

		private final CookieManager cookies = new CookieManager();

		private final HttpClient http = HttpClient.newBuilder()
			.cookieHandler(this.cookies)
			.followRedirects(HttpClient.Redirect.NEVER)
			.build();

		HttpResponse<String> get(String path) throws IOException, InterruptedException {
			return this.http.send(request(path).header("Accept", "text/html").GET().build(),
					HttpResponse.BodyHandlers.ofString());
		}

		HttpResponse<String> post(String path, String form) throws IOException, InterruptedException {
			return this.http.send(request(path).header("Content-Type", "application/x-www-form-urlencoded")
				.POST(HttpRequest.BodyPublishers.ofString(form))
				.build(), HttpResponse.BodyHandlers.ofString());
		}

		String sessionId() {
			return this.cookies.getCookieStore()
				.getCookies()
				.stream()
				.filter((cookie) -> "SESSION".equals(cookie.getName()))
				.map(HttpCookie::getValue)
				.findFirst()
				.orElse(null);
		}

		private HttpRequest.Builder request(String path) {
			return HttpRequest.newBuilder(URI.create("http://localhost:" + ErrorPagesAndSessionTests.this.port + path));
		}

	}

}
