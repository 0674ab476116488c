package org.hcstracker.web;

import java.io.IOException;
import java.util.Locale;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.hcstracker.shared.UploadProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.FlashMap;
import org.springframework.web.servlet.support.SessionFlashMapManager;

/**
 * Sends a form whose file is above the limit back where it came from, with the size
 * message; likewise one whose file name is too long to read (with a message about the
 * name), or whose body cannot be read, such as one cut off part way (with a message to
 * send it again). The container stops reading such a request when it first reads its
 * fields, and from then on asking it for any field fails; left alone, that would end as
 * an error page at the security filter's CSRF check. So this filter, ahead of security,
 * reads a multipart request's parts first and, when they are too large, redirects to the
 * form (an address ending in /files belongs to the page before it). Nothing is changed by
 * the request, so it needs no CSRF check of its own.
 */
class UploadLimitFilter extends OncePerRequestFilter {

	private static final Logger log = LoggerFactory.getLogger(UploadLimitFilter.class);

	private final UploadProperties uploads;

	private final SessionFlashMapManager flashMaps = new SessionFlashMapManager();

	UploadLimitFilter(UploadProperties uploads) {
		this.uploads = uploads;
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		String contentType = request.getContentType();
		return !"POST".equals(request.getMethod()) || contentType == null
				|| !contentType.toLowerCase(Locale.ROOT).startsWith("multipart/");
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		try {
			request.getParts();
		}
		catch (IllegalStateException | ServletException | IOException ex) {
			String form = request.getRequestURI().substring(request.getContextPath().length());
			if (!form.startsWith("/") || form.startsWith("//") || form.contains("\\")) {
				// Not one of this application's addresses: never a redirect to another
				// site.
				response.sendError(HttpServletResponse.SC_BAD_REQUEST);
				return;
			}
			if (form.endsWith("/files")) {
				form = form.substring(0, form.length() - "/files".length());
			}
			FlashMap flash = new FlashMap();
			if (isHeaderLimit(ex)) {
				log.info("Upload with a file name too long to {}", form);
				flash.put("flashError", "upload.nameTooLong");
			}
			else if (isSizeLimit(ex)) {
				log.info("Upload above the limit to {}", form);
				flash.put("flashError", "upload.tooLarge");
				flash.put("flashErrorArguments", new Object[] { this.uploads.maxFileMegabytes() });
			}
			else {
				log.info("Upload that could not be read to {}: {}", form, ex.toString());
				flash.put("flashError", "upload.unreadable");
			}
			flash.setTargetRequestPath(request.getContextPath() + form);
			this.flashMaps.saveOutputFlashMap(flash, request, response);
			response.sendRedirect(request.getContextPath() + form);
			return;
		}
		chain.doFilter(request, response);
	}

	/**
	 * Whether a part's headers were too long to read: in practice, its file name.
	 */
	private static boolean isHeaderLimit(Throwable ex) {
		for (Throwable cause = ex; cause != null; cause = cause.getCause()) {
			String message = (cause.getMessage() != null) ? cause.getMessage().toLowerCase(Locale.ROOT) : "";
			if (message.contains("header")) {
				return true;
			}
		}
		return false;
	}

	private static boolean isSizeLimit(Throwable ex) {
		for (Throwable cause = ex; cause != null; cause = cause.getCause()) {
			String message = (cause.getMessage() != null) ? cause.getMessage().toLowerCase(Locale.ROOT) : "";
			if (message.contains("exceed") && (message.contains("size") || message.contains("permitted"))) {
				return true;
			}
		}
		return false;
	}

}
