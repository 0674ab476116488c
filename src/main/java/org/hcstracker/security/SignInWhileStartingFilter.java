package org.hcstracker.security;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.boot.availability.ApplicationAvailability;
import org.springframework.boot.availability.ReadinessState;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses a sign-in attempt, without checking the password or counting it as a failure,
 * until the application is ready: the server answers while the application is still
 * starting (for example while the demo data loads), when the account may not be there
 * yet. The sign-in page then says to try again in a moment.
 */
class SignInWhileStartingFilter extends OncePerRequestFilter {

	static final String STARTING_URL = "/login?starting";

	private final ApplicationAvailability availability;

	SignInWhileStartingFilter(ApplicationAvailability availability) {
		this.availability = availability;
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		String path = request.getRequestURI().substring(request.getContextPath().length());
		return !("POST".equals(request.getMethod()) && "/login".equals(path));
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		if (this.availability.getReadinessState() != ReadinessState.ACCEPTING_TRAFFIC) {
			String email = request.getParameter(SecurityConfiguration.EMAIL_PARAMETER);
			if (email != null) {
				request.getSession().setAttribute(SignInHandlers.LAST_EMAIL, email.strip());
			}
			response.sendRedirect(request.getContextPath() + STARTING_URL);
			return;
		}
		chain.doFilter(request, response);
	}

}
