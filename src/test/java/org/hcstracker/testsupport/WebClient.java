package org.hcstracker.testsupport;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A person's browser without a browser: an HTTP client with its own cookies, for tests
 * that need what only a real server does (the container's multipart limits, streaming
 * large bodies). It signs in through the sign-in form and sends each form's CSRF token as
 * a browser would.
 */
public final class WebClient {

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

	private final HttpClient http;

	private final String base;

	private WebClient(int port) {
		this.http = HttpClient.newBuilder()
			.cookieHandler(new CookieManager())
			.followRedirects(HttpClient.Redirect.NEVER)
			.build();
		this.base = "http://localhost:" + port;
	}

	/**
	 * A client signed in as a person.
	 * @param port the server's port
	 * @param email their email
	 * @param password their password
	 * @return the client
	 */
	public static WebClient signedIn(int port, String email, String password) {
		WebClient client = new WebClient(port);
		String token = client.csrfTokenOf("/login");
		HttpResponse<String> response = client.send(HttpRequest.newBuilder(client.uri("/login"))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers
				.ofString(form(Map.of("email", email, "password", password, "_csrf", token))))
			.build(), HttpResponse.BodyHandlers.ofString());
		if (response.statusCode() != 302 || response.headers().firstValue("Location").orElse("").contains("error")) {
			throw new IllegalStateException("Sign-in failed for " + email + ": " + response.statusCode());
		}
		return client;
	}

	/**
	 * Reads a page.
	 * @param path the page's address
	 * @return the response
	 */
	public HttpResponse<String> get(String path) {
		return send(HttpRequest.newBuilder(uri(path)).GET().build(), HttpResponse.BodyHandlers.ofString());
	}

	/**
	 * Reads a file with request headers of its own, as a browser's player asks for a
	 * range.
	 * @param path the address
	 * @param headers names and values, in pairs
	 * @return the response, with its body
	 */
	public HttpResponse<byte[]> getBytes(String path, String... headers) {
		HttpRequest.Builder request = HttpRequest.newBuilder(uri(path)).GET();
		if (headers.length > 0) {
			request.headers(headers);
		}
		return send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
	}

	/**
	 * Reads a page and gives the CSRF token of its forms.
	 * @param path the page's address
	 * @return the token
	 */
	public String csrfTokenOf(String path) {
		String page = get(path).body();
		Matcher matcher = CSRF.matcher(page);
		if (!matcher.find()) {
			throw new IllegalStateException("No form with a CSRF token on " + path);
		}
		return matcher.group(1);
	}

	/**
	 * Downloads to a stream without keeping the body.
	 * @param path the address
	 * @return the response, its body to be read and closed by the caller
	 */
	public HttpResponse<InputStream> download(String path) {
		return send(HttpRequest.newBuilder(uri(path)).GET().build(), HttpResponse.BodyHandlers.ofInputStream());
	}

	/**
	 * Sends a multipart form with one file, streamed from its source, as a browser sends
	 * a file field.
	 * @param path the form's address, with any query
	 * @param fields the other fields
	 * @param fileField the file field's name
	 * @param fileName the file's name
	 * @param size the file's size
	 * @param content the file's content, opened once
	 * @return the response
	 */
	public HttpResponse<String> postFile(String path, List<Map.Entry<String, String>> fields, String fileField,
			String fileName, long size, Supplier<InputStream> content) {
		String boundary = "----hcs" + UUID.randomUUID().toString().replace("-", "");
		StringBuilder head = new StringBuilder();
		for (Map.Entry<String, String> field : fields) {
			head.append("--")
				.append(boundary)
				.append("\r\nContent-Disposition: form-data; name=\"")
				.append(field.getKey())
				.append("\"\r\n\r\n")
				.append(field.getValue())
				.append("\r\n");
		}
		head.append("--")
			.append(boundary)
			.append("\r\nContent-Disposition: form-data; name=\"")
			.append(fileField)
			.append("\"; filename=\"")
			.append(fileName)
			.append("\"\r\nContent-Type: application/octet-stream\r\n\r\n");
		byte[] start = head.toString().getBytes(StandardCharsets.UTF_8);
		byte[] end = ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8);
		long length = start.length + size + end.length;
		Supplier<InputStream> body = () -> new SequenceInputStream(new ByteArrayInputStream(start),
				new SequenceInputStream(content.get(), new ByteArrayInputStream(end)));
		return send(HttpRequest.newBuilder(uri(path))
			.header("Content-Type", "multipart/form-data; boundary=" + boundary)
			.POST(HttpRequest.BodyPublishers.fromPublisher(HttpRequest.BodyPublishers.ofInputStream(body), length))
			.build(), HttpResponse.BodyHandlers.ofString());
	}

	private URI uri(String path) {
		return URI.create(this.base + path);
	}

	private <T> HttpResponse<T> send(HttpRequest request, HttpResponse.BodyHandler<T> handler) {
		try {
			return this.http.send(request, handler);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	private static String form(Map<String, String> fields) {
		StringBuilder body = new StringBuilder();
		fields.forEach((name, value) -> body.append(body.isEmpty() ? "" : "&")
			.append(URLEncoder.encode(name, StandardCharsets.UTF_8))
			.append('=')
			.append(URLEncoder.encode(value, StandardCharsets.UTF_8)));
		return body.toString();
	}

}
