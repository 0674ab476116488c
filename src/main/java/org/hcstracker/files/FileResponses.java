package org.hcstracker.files;

import java.nio.charset.StandardCharsets;

import org.jspecify.annotations.Nullable;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;

/**
 * The headers every stored file is sent with: its checked type, its size, its name (RFC
 * 5987), never sniffed by the browser, never cached, and a content security policy of its
 * own that lets nothing in it run (no script, no plugin, no frame around it, and a
 * sandbox as if it came from nowhere), in place of the pages' policy. Files are sent
 * whole or, for a range request, in part (see {@link RangeRequest}).
 */
public final class FileResponses {

	/**
	 * The policy of every stored file. Chromium's own PDF viewer still opens a PDF sent
	 * with it.
	 */
	public static final String CONTENT_SECURITY_POLICY = "default-src 'none'; frame-ancestors 'none'; sandbox";

	private FileResponses() {
	}

	/**
	 * The headers for a whole file about to be sent, for a route that does not answer
	 * range requests.
	 * @param fileName the file's cleaned name
	 * @param contentType its checked type
	 * @param size its size in bytes
	 * @param inline whether to show it in the page (a preview) rather than download it
	 * @return the headers, for the controller to set on its response
	 */
	public static HttpHeaders headers(String fileName, String contentType, long size, boolean inline) {
		HttpHeaders headers = fileHeaders(fileName, contentType, inline);
		headers.remove(HttpHeaders.ACCEPT_RANGES);
		headers.setContentLength(size);
		return headers;
	}

	/**
	 * How to answer a request for a file, whole or a range of it. The range is honoured
	 * only if the request's {@code If-Range}, when it has one, names this very file (its
	 * entity tag is its SHA-256).
	 * @param fileName the file's cleaned name
	 * @param contentType its checked type
	 * @param size its size in bytes, at least one
	 * @param sha256 its SHA-256
	 * @param inline whether to show it in the page rather than download it
	 * @param range the request's {@code Range} header, if any
	 * @param ifRange the request's {@code If-Range} header, if any
	 * @return the status, headers and bytes to send
	 */
	public static FileAnswer answer(String fileName, String contentType, long size, String sha256, boolean inline,
			@Nullable String range, @Nullable String ifRange) {
		String entityTag = "\"" + sha256 + "\"";
		boolean sameFile = ifRange == null || ifRange.strip().equals(entityTag);
		RangeRequest request = RangeRequest.of(sameFile ? range : null, size);
		if (request.outcome() == RangeRequest.Outcome.UNSATISFIABLE) {
			HttpHeaders headers = common();
			headers.set(HttpHeaders.CONTENT_RANGE, "bytes */" + size);
			headers.setContentLength(0);
			return new FileAnswer(HttpStatus.REQUESTED_RANGE_NOT_SATISFIABLE.value(), headers, null);
		}
		ByteRange bytes = (request.bytes() != null) ? request.bytes() : ByteRange.whole(size);
		HttpHeaders headers = fileHeaders(fileName, contentType, inline);
		headers.setETag(entityTag);
		headers.setContentLength(bytes.length());
		if (request.outcome() == RangeRequest.Outcome.PART) {
			headers.set(HttpHeaders.CONTENT_RANGE, "bytes " + bytes.first() + "-" + bytes.last() + "/" + size);
			return new FileAnswer(HttpStatus.PARTIAL_CONTENT.value(), headers, bytes);
		}
		return new FileAnswer(HttpStatus.OK.value(), headers, bytes);
	}

	private static HttpHeaders fileHeaders(String fileName, String contentType, boolean inline) {
		ContentDisposition.Builder disposition = inline ? ContentDisposition.inline() : ContentDisposition.attachment();
		HttpHeaders headers = common();
		headers.setContentType(MediaType.parseMediaType(contentType));
		headers.setContentDisposition(disposition.filename(fileName, StandardCharsets.UTF_8).build());
		return headers;
	}

	private static HttpHeaders common() {
		HttpHeaders headers = new HttpHeaders();
		headers.set(HttpHeaders.ACCEPT_RANGES, "bytes");
		headers.set("X-Content-Type-Options", "nosniff");
		headers.set("Content-Security-Policy", CONTENT_SECURITY_POLICY);
		headers.setCacheControl("private, no-store");
		return headers;
	}

}
