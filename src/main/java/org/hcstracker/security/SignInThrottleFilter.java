package org.hcstracker.security;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses a sign-in attempt, without checking the password, while its email address or
 * its network address has had too many failures.
 */
class SignInThrottleFilter extends OncePerRequestFilter {

	static final String THROTTLED_URL = "/login?throttled";

	private final SignInThrottle throttle;

	SignInThrottleFilter(SignInThrottle throttle) {
		this.throttle = throttle;
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		String path = request.getRequestURI().substring(request.getContextPath().length());
		return !("POST".equals(request.getMethod()) && "/login".equals(path));
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String email = request.getParameter(SecurityConfiguration.EMAIL_PARAMETER);
		if (this.throttle.isBlocked((email != null) ? email : "", request.getRemoteAddr())) {
			if (email != null) {
				request.getSession().setAttribute(SignInHandlers.LAST_EMAIL, email.strip());
			}
			response.sendRedirect(request.getContextPath() + THROTTLED_URL);
			return;
		}
		chain.doFilter(request, response);
	}

}
