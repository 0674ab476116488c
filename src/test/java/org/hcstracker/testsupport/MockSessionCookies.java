package org.hcstracker.testsupport;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.core.Ordered;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.DispatcherServlet;
import org.springframework.web.servlet.FlashMap;
import org.springframework.web.servlet.support.SessionFlashMapManager;

/**
 * Lets a MockMvc test keep one session across requests by passing the same
 * {@code MockHttpSession}, as a browser does with its session cookie. Sessions live in
 * the database (Spring Session), found by the {@code SESSION} cookie, so the mock session
 * itself is never read by the application: this filter, in front of every other, keeps
 * the cookie the application set in the mock session and sends it with the next request
 * made with that mock session. A request without a mock session is left alone.
 */
@TestConfiguration(proxyBeanMethods = false)
public class MockSessionCookies {

	static final String COOKIE = "SESSION";

	private static final String KEPT = MockSessionCookies.class.getName() + ".COOKIE";

	private static final String FLASH_MAPS = SessionFlashMapManager.class.getName() + ".FLASH_MAPS";

	@Bean
	FilterRegistrationBean<CookieKeeper> mockSessionCookieKeeper() {
		FilterRegistrationBean<CookieKeeper> registration = new FilterRegistrationBean<>(new CookieKeeper());
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
		return registration;
	}

	static class CookieKeeper extends OncePerRequestFilter {

		@Override
		protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
				throws ServletException, IOException {
			HttpSession mock = request.getSession(false);
			if (mock == null) {
				chain.doFilter(request, response);
				return;
			}
			// A flash attribute given to the request (MockMvc's flashAttr) is kept by
			// MockMvc in
			// the mock session, which the application does not read: hand it to the
			// request
			// as the page's flash attributes, as a redirect through the real session
			// would.
			if (mock.getAttribute(FLASH_MAPS) instanceof List<?> maps && !maps.isEmpty()
					&& maps.get(0) instanceof FlashMap flash) {
				request.setAttribute(DispatcherServlet.INPUT_FLASH_MAP_ATTRIBUTE, flash);
				mock.removeAttribute(FLASH_MAPS);
			}
			HttpServletRequest carried = request;
			if (mock.getAttribute(KEPT) instanceof String value) {
				carried = new HttpServletRequestWrapper(request) {
					@Override
					public Cookie[] getCookies() {
						List<Cookie> cookies = new ArrayList<>();
						Cookie[] sent = super.getCookies();
						if (sent != null) {
							Arrays.stream(sent)
								.filter((cookie) -> !COOKIE.equals(cookie.getName()))
								.forEach(cookies::add);
						}
						cookies.add(new Cookie(COOKIE, value));
						return cookies.toArray(Cookie[]::new);
					}
				};
			}
			chain.doFilter(carried, response);
			for (String header : response.getHeaders("Set-Cookie")) {
				if (header.startsWith(COOKIE + "=")) {
					String value = header.substring(COOKIE.length() + 1).split(";", 2)[0];
					if (value.isEmpty() || header.contains("Max-Age=0")) {
						mock.removeAttribute(KEPT);
					}
					else {
						mock.setAttribute(KEPT, value);
					}
				}
			}
		}

	}

}
