package org.hcstracker.web;

import java.io.IOException;
import java.util.HashMap;
import java.util.Map;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Keeps the page number of a list within what a list can hold, before any controller
 * reads it: one that is not a whole number, or is negative, reads as the first page; one
 * beyond {@link #MAX_PAGE} as that page, whose rows a database can still skip to. A page
 * past the last is then shown as the last ({@link LastPageInterceptor}).
 */
class PageNumberFilter extends OncePerRequestFilter {

	/** The highest page number passed on: far beyond any list, within a row offset. */
	static final int MAX_PAGE = 100_000;

	private static final String PAGE = "page";

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		return !"GET".equals(request.getMethod()) || request.getParameter(PAGE) == null;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String sent = request.getParameter(PAGE);
		String kept = String.valueOf(clamp(sent));
		if (kept.equals(sent)) {
			chain.doFilter(request, response);
			return;
		}
		chain.doFilter(new HttpServletRequestWrapper(request) {

			@Override
			public @Nullable String getParameter(String name) {
				return PAGE.equals(name) ? kept : super.getParameter(name);
			}

			@Override
			public String @Nullable [] getParameterValues(String name) {
				return PAGE.equals(name) ? new String[] { kept } : super.getParameterValues(name);
			}

			@Override
			public Map<String, String[]> getParameterMap() {
				Map<String, String[]> parameters = new HashMap<>(super.getParameterMap());
				parameters.put(PAGE, new String[] { kept });
				return parameters;
			}

		}, response);
	}

	static int clamp(@Nullable String page) {
		try {
			long number = Long.parseLong((page != null) ? page.strip() : "");
			return (int) Math.max(0, Math.min(MAX_PAGE, number));
		}
		catch (NumberFormatException ex) {
			return 0;
		}
	}

}
