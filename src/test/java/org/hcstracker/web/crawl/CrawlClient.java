package org.hcstracker.web.crawl;

import java.io.ByteArrayOutputStream;
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
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;

/**
 * A browser without a browser for the crawl: its own cookies, redirects left to the
 * crawl, a Referer on every request as a browser sends it, and the body kept only for
 * HTML.
 */
final class CrawlClient {

	private final HttpClient http;

	private final String base;

	private CrawlClient(int port) {
		this.http = HttpClient.newBuilder()
			.cookieHandler(new CookieManager())
			.followRedirects(HttpClient.Redirect.NEVER)
			.connectTimeout(Duration.ofSeconds(10))
			.build();
		this.base = "http://localhost:" + port;
	}

	/**
	 * A client no one has signed in with.
	 * @param port the server's port
	 * @return the client
	 */
	static CrawlClient signedOut(int port) {
		return new CrawlClient(port);
	}

	/**
	 * A client signed in through the sign-in form.
	 * @param port the server's port
	 * @param email who signs in
	 * @param password their password
	 * @return the client
	 */
	static CrawlClient signedIn(int port, String email, String password) {
		CrawlClient client = new CrawlClient(port);
		Answer login = client.get("/login", null);
		Element token = Jsoup.parse(login.body()).selectFirst("input[name=_csrf]");
		if (token == null) {
			throw new IllegalStateException("No CSRF token on the sign-in page");
		}
		Answer answer = client.post("/login",
				List.of(Map.entry("email", email), Map.entry("password", password), Map.entry("_csrf", token.val())),
				"/login");
		if (answer.status() != 302 || answer.location().contains("error")) {
			throw new IllegalStateException("Sign-in failed for " + email + ": " + answer.status());
		}
		return client;
	}

	String base() {
		return this.base;
	}

	Answer get(String path, String referer) {
		return send(request(path, referer).header("Accept", "text/html,*/*").GET());
	}

	Answer post(String path, List<Map.Entry<String, String>> fields, String referer) {
		return send(request(path, referer).header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(urlEncoded(fields))));
	}

	Answer postMultipart(String path, List<Map.Entry<String, String>> fields, List<FilePart> files, String referer) {
		String boundary = "----crawl" + UUID.randomUUID().toString().replace("-", "");
		ByteArrayOutputStream body = new ByteArrayOutputStream();
		for (Map.Entry<String, String> field : fields) {
			write(body, "--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + field.getKey() + "\"\r\n\r\n"
					+ field.getValue() + "\r\n");
		}
		for (FilePart file : files) {
			write(body, "--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + file.field()
					+ "\"; filename=\"" + file.name() + "\"\r\nContent-Type: " + file.contentType() + "\r\n\r\n");
			body.writeBytes(file.content());
			write(body, "\r\n");
		}
		write(body, "--" + boundary + "--\r\n");
		return send(request(path, referer).header("Content-Type", "multipart/form-data; boundary=" + boundary)
			.POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())));
	}

	static String urlEncoded(List<Map.Entry<String, String>> fields) {
		StringBuilder body = new StringBuilder();
		for (Map.Entry<String, String> field : fields) {
			body.append(body.isEmpty() ? "" : "&")
				.append(URLEncoder.encode(field.getKey(), StandardCharsets.UTF_8))
				.append('=')
				.append(URLEncoder.encode(field.getValue(), StandardCharsets.UTF_8));
		}
		return body.toString();
	}

	private HttpRequest.Builder request(String path, String referer) {
		HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(this.base + path))
			.timeout(Duration.ofSeconds(30));
		if (referer != null) {
			builder.header("Referer", this.base + referer);
		}
		return builder;
	}

	private Answer send(HttpRequest.Builder request) {
		try {
			HttpResponse<byte[]> response = this.http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
			String type = response.headers().firstValue("Content-Type").orElse("");
			String body = type.startsWith("text/html") ? new String(response.body(), StandardCharsets.UTF_8) : "";
			return new Answer(response.statusCode(), type, body, response.headers().firstValue("Location").orElse(""));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	private static void write(ByteArrayOutputStream out, String text) {
		out.writeBytes(text.getBytes(StandardCharsets.UTF_8));
	}

	/**
	 * An answer: its status, content type, body (HTML only) and any redirect.
	 *
	 * @param status the status code
	 * @param contentType the content type
	 * @param body the body if HTML, otherwise empty
	 * @param location the Location header, or empty
	 */
	record Answer(int status, String contentType, String body, String location) {

		boolean isRedirect() {
			return this.status >= 300 && this.status < 400 && !this.location.isEmpty();
		}

		boolean isHtml() {
			return this.contentType.startsWith("text/html");
		}

	}

	/**
	 * A file sent with a form.
	 *
	 * @param field the file field's name
	 * @param name the file's name
	 * @param contentType its type
	 * @param content its bytes
	 */
	record FilePart(String field, String name, String contentType, byte[] content) {
	}

}
