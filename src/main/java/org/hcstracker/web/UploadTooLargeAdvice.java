package org.hcstracker.web;

import jakarta.servlet.http.HttpServletRequest;
import org.hcstracker.shared.UploadProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.servlet.FlashMap;
import org.springframework.web.servlet.support.RequestContextUtils;

/**
 * A request with a file above the limit fails before any controller sees it (the
 * container stops reading it). Multipart forms carry their CSRF token in the address, so
 * the request gets this far; the person goes back to the form the file came from (an
 * address ending in /files belongs to the page before it) with the size message.
 */
@ControllerAdvice
class UploadTooLargeAdvice {

	private static final Logger log = LoggerFactory.getLogger(UploadTooLargeAdvice.class);

	private final UploadProperties uploads;

	UploadTooLargeAdvice(UploadProperties uploads) {
		this.uploads = uploads;
	}

	@ExceptionHandler(MaxUploadSizeExceededException.class)
	String tooLarge(MaxUploadSizeExceededException ex, HttpServletRequest request) {
		log.info("Upload above the limit to {}: {}", request.getRequestURI(), ex.getMessage());
		String form = request.getRequestURI().substring(request.getContextPath().length());
		if (form.endsWith("/files")) {
			form = form.substring(0, form.length() - "/files".length());
		}
		FlashMap flash = RequestContextUtils.getOutputFlashMap(request);
		flash.put("flashError", "upload.tooLarge");
		flash.put("flashErrorArguments", new Object[] { this.uploads.maxFileMegabytes() });
		return "redirect:" + form;
	}

}
