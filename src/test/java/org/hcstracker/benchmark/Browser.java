package org.hcstracker.benchmark;

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
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One person's browser for the load: an HTTP client with its own cookies, so its own
 * session, that signs in through the sign-in form with the form's CSRF token and follows
 * no redirects, so that a page that sends it back to sign in shows as a 302.
 */
final class Browser {

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

	private final HttpClient http;

	private final CookieManager cookies = new CookieManager();

	private final String base;

	private final Duration timeout;

	private Browser(int port, Duration timeout) {
		this.http = HttpClient.newBuilder()
			.version(HttpClient.Version.HTTP_1_1)
			.cookieHandler(this.cookies)
			.followRedirects(HttpClient.Redirect.NEVER)
			.connectTimeout(Duration.ofSeconds(10))
			.build();
		this.base = "http://localhost:" + port;
		this.timeout = timeout;
	}

	/**
	 * A browser nobody has signed in with.
	 * @param port the server's port
	 * @param timeout the longest a request may take
	 * @return the browser
	 */
	static Browser anonymous(int port, Duration timeout) {
		return new Browser(port, timeout);
	}

	/**
	 * A browser signed in through the sign-in form, checked to land on the person's home.
	 * @param port the server's port
	 * @param timeout the longest a request may take
	 * @param email who signs in
	 * @param password their password
	 * @param home the path of their home page
	 * @return the browser
	 */
	static Browser signedIn(int port, Duration timeout, String email, String password, String home) {
		Browser browser = new Browser(port, timeout);
		HttpResponse<String> form = browser.get("/login");
		Matcher token = CSRF.matcher(form.body());
		if (form.statusCode() != 200 || !token.find()) {
			throw new IllegalStateException("The sign-in page answered " + form.statusCode() + " without a CSRF token");
		}
		String body = "email=" + encode(email) + "&password=" + encode(password) + "&_csrf=" + encode(token.group(1));
		HttpResponse<String> signIn = browser.send(HttpRequest.newBuilder(browser.uri("/login"))
			.timeout(timeout)
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(body))
			.build());
		String location = signIn.headers().firstValue("Location").orElse("");
		if (signIn.statusCode() != 302 || !location.endsWith(home)) {
			throw new IllegalStateException("Signing in as " + email + " answered " + signIn.statusCode() + " to '"
					+ location + "', not a redirect to " + home);
		}
		HttpResponse<String> landing = browser.get(home);
		if (landing.statusCode() != 200) {
			throw new IllegalStateException("The home of " + email + " answered " + landing.statusCode());
		}
		return browser;
	}

	/**
	 * Reads a page.
	 * @param path its path and query
	 * @return the response
	 */
	HttpResponse<String> get(String path) {
		return send(HttpRequest.newBuilder(uri(path)).timeout(this.timeout).GET().build());
	}

	/**
	 * Submits a form without fields of its own, as its button would: the CSRF token is
	 * read from the page that shows the form.
	 * @param page the page with the form
	 * @param action the form's action
	 * @return the answer, not followed
	 */
	HttpResponse<String> submit(String page, String action) {
		HttpResponse<String> form = get(page);
		Matcher token = CSRF.matcher(form.body());
		if (form.statusCode() != 200 || !token.find()) {
			throw new IllegalStateException(page + " answered " + form.statusCode() + " without a CSRF token");
		}
		return send(HttpRequest.newBuilder(uri(action))
			.timeout(this.timeout)
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString("_csrf=" + encode(token.group(1))))
			.build());
	}

	/**
	 * The cookies this browser sends, as a {@code Cookie} header's value: for a load tool
	 * that sends requests in this browser's session.
	 * @return the header's value, empty for a browser without cookies
	 */
	String cookieHeader() {
		return this.cookies.getCookieStore()
			.get(uri("/"))
			.stream()
			.map((cookie) -> cookie.getName() + "=" + cookie.getValue())
			.collect(java.util.stream.Collectors.joining("; "));
	}

	private URI uri(String path) {
		return URI.create(this.base + path);
	}

	private HttpResponse<String> send(HttpRequest request) {
		try {
			return this.http.send(request, HttpResponse.BodyHandlers.ofString());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(request.method() + " " + request.uri() + " failed", ex);
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
