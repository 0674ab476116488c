package org.hcstracker.security;

import java.io.IOException;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.hcstracker.people.CurrentUser;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.security.web.authentication.SimpleUrlAuthenticationFailureHandler;

/**
 * What happens after a sign-in attempt: success goes back to where the person was going,
 * or to their role's home; failure counts towards the throttle and shows one message
 * whatever went wrong, so the page never tells whether an address has an account.
 */
final class SignInHandlers {

	/** Session attribute holding the address typed in the last failed attempt. */
	static final String LAST_EMAIL = SignInHandlers.class.getName() + ".LAST_EMAIL";

	private SignInHandlers() {
	}

	static class Success extends SavedRequestAwareAuthenticationSuccessHandler {

		private final SignInThrottle throttle;

		Success(SignInThrottle throttle) {
			this.throttle = throttle;
		}

		@Override
		public void onAuthenticationSuccess(HttpServletRequest request, HttpServletResponse response,
				Authentication authentication) throws ServletException, IOException {
			this.throttle.recordSuccess(authentication.getName());
			request.getSession().removeAttribute(LAST_EMAIL);
			super.onAuthenticationSuccess(request, response, authentication);
		}

		@Override
		protected String determineTargetUrl(HttpServletRequest request, HttpServletResponse response,
				@Nullable Authentication authentication) {
			if (authentication != null && authentication.getPrincipal() instanceof CurrentUser user) {
				return RoleHome.of(user.role());
			}
			return "/";
		}

	}

	static class Failure extends SimpleUrlAuthenticationFailureHandler {

		private final SignInThrottle throttle;

		Failure(SignInThrottle throttle) {
			super("/login?error");
			this.throttle = throttle;
		}

		@Override
		public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response,
				AuthenticationException exception) throws IOException, ServletException {
			String email = request.getParameter(SecurityConfiguration.EMAIL_PARAMETER);
			this.throttle.recordFailure((email != null) ? email : "", request.getRemoteAddr());
			if (email != null) {
				request.getSession().setAttribute(LAST_EMAIL, email.strip());
			}
			super.onAuthenticationFailure(request, response, exception);
		}

	}

}
