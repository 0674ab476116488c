package org.hcstracker.security;

import jakarta.servlet.DispatcherType;
import org.springframework.boot.availability.ApplicationAvailability;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;

/**
 * Who may reach what. Each role's own work lives under its area ({@code /coach/**} and so
 * on), closed to the other roles; pages about one apprentice live under
 * {@code /apprentices/{id}/**}, open to every signed-in person and scoped per object by
 * the services. Everything else needs a signed-in person, except the sign-in page, static
 * files ({@code /assets/**}, {@code /webjars/**}), error pages and the actuator's health
 * and info. Signing in waits until the application is ready.
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
class SecurityConfiguration {

	static final String EMAIL_PARAMETER = "email";

	/** The session cookie's name (Spring Session's). */
	static final String SESSION_COOKIE = "SESSION";

	static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
			+ "img-src 'self' data:; font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'self'; "
			+ "form-action 'self'; frame-ancestors 'none'";

	@Bean
	SecurityFilterChain securityFilterChain(HttpSecurity http, SignInThrottle throttle,
			ApplicationAvailability availability) {
		http.authorizeHttpRequests((requests) -> requests.dispatcherTypeMatchers(DispatcherType.ERROR)
			.permitAll()
			.requestMatchers("/login", "/set-password", "/error", "/assets/**", "/webjars/**", "/favicon.ico",
					"/calendar/feed/**")
			.permitAll()
			.requestMatchers("/actuator/health", "/actuator/health/**", "/actuator/info")
			.permitAll()
			// A line manager's emailed one-time link to sign a review or to decide
			// gateway,
			// the steps of the gateway decision, and the page after each.
			.requestMatchers("/sign/*", "/sign/gateway/*", "/sign/gateway/*/approve", "/sign/gateway/*/decline")
			.permitAll()
			.requestMatchers("/apprentice/**")
			.hasRole("APPRENTICE")
			.requestMatchers("/coach/**")
			.hasRole("COACH")
			.requestMatchers("/employer/**")
			.hasRole("EMPLOYER")
			.requestMatchers("/assessor/**")
			.hasRole("ASSESSOR")
			.requestMatchers("/admin/**")
			.hasRole("ADMIN")
			.anyRequest()
			.authenticated())
			.formLogin((form) -> form.loginPage("/login")
				.usernameParameter(EMAIL_PARAMETER)
				.passwordParameter("password")
				.successHandler(new SignInHandlers.Success(throttle))
				.failureHandler(new SignInHandlers.Failure(throttle)))
			.logout((logout) -> logout.logoutUrl("/logout")
				.logoutSuccessUrl("/login?signedOut")
				.deleteCookies(SESSION_COOKIE))
			.sessionManagement((sessions) -> sessions.sessionFixation((fixation) -> fixation.changeSessionId()))
			.headers((headers) -> headers.contentSecurityPolicy((csp) -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
				.referrerPolicy((referrer) -> referrer.policy(ReferrerPolicy.SAME_ORIGIN))
				.frameOptions((frames) -> frames.deny()))
			.addFilterBefore(new SignInWhileStartingFilter(availability), UsernamePasswordAuthenticationFilter.class)
			.addFilterBefore(new SignInThrottleFilter(throttle), UsernamePasswordAuthenticationFilter.class);
		return http.build();
	}

}
