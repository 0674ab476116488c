package org.hcstracker.files;

import java.nio.charset.StandardCharsets;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;

/**
 * The headers every stored file is sent with: its checked type, its size, its name (RFC
 * 5987), never sniffed by the browser and never cached.
 */
public final class FileResponses {

	private FileResponses() {
	}

	/**
	 * The headers for a file about to be sent.
	 * @param fileName the file's cleaned name
	 * @param contentType its checked type
	 * @param size its size in bytes
	 * @param inline whether to show it in the page (a preview) rather than download it
	 * @return the headers, for the controller to set on its response
	 */
	public static HttpHeaders headers(String fileName, String contentType, long size, boolean inline) {
		ContentDisposition.Builder disposition = inline ? ContentDisposition.inline() : ContentDisposition.attachment();
		HttpHeaders headers = new HttpHeaders();
		headers.setContentType(MediaType.parseMediaType(contentType));
		headers.setContentLength(size);
		headers.setContentDisposition(disposition.filename(fileName, StandardCharsets.UTF_8).build());
		headers.set("X-Content-Type-Options", "nosniff");
		headers.setCacheControl("private, no-store");
		return headers;
	}

}
