package org.hcstracker.web;

import java.lang.reflect.Method;
import java.util.List;
import java.util.Map;

import org.hcstracker.people.CurrentUser;
import org.hcstracker.people.Role;
import org.hcstracker.shared.RuleException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.DispatcherServlet;
import org.springframework.web.servlet.FlashMap;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.springframework.web.util.pattern.PathPatternParser;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Where a refusal or a conflict sends the person: back to the page they came from, with
 * the message, when it is one of this application's pages that answers a GET; otherwise a
 * page with the message and a link back, or home when there is no page to go back to. A
 * referer of another site, a path that would leave the site, an address that answers only
 * to a form, one that cannot be read, or a CSRF token in its query is never used as it
 * came.
 */
class RefusalAnswerTests {

	private final ErrorHandlingAdvice advice = new ErrorHandlingAdvice(mappings());

	@AfterEach
	void signOut() {
		SecurityContextHolder.clearContext();
	}

	@Test
	void aRefusalGoesBackToThePageItCameFromWithTheMessageAndWithoutTheCsrfToken() {
		MockHttpServletRequest request = sent("/apprentices/7/epa/results",
				"http://localhost/apprentices/7/epa?_csrf=abc123&tab=history");

		ModelAndView answer = this.advice.refused(new Refusal("epa.confirm.already"), request);

		assertThat(answer.getViewName()).isEqualTo("redirect:/apprentices/7/epa?tab=history");
		assertThat(flash(request)).containsEntry("flashError", "epa.confirm.already");
	}

	@Test
	void aRefusalOfThePageItselfShowsTheMessageWithALinkBackToIt() {
		MockHttpServletRequest request = new MockHttpServletRequest("GET", "/apprentices/7/epa");
		request.setQueryString("tab=history");
		request.addHeader("Referer", "http://localhost/apprentices/7/epa?tab=history");
		request.setAttribute(DispatcherServlet.OUTPUT_FLASH_MAP_ATTRIBUTE, new FlashMap());

		ModelAndView answer = this.advice.refused(new Refusal("epa.confirm.already"), request);

		assertThat(answer.getViewName()).isEqualTo("error/refused");
		assertThat(answer.getStatus()).isEqualTo(HttpStatus.CONFLICT);
		assertThat(answer.getModel()).containsEntry("refusal", "epa.confirm.already")
			.containsEntry("backPath", "/apprentices/7/epa?tab=history")
			.containsEntry("backHome", false);
	}

	@Test
	void aRefusalFromAPageAnsweringEveryMethodGoesBackToIt() {
		MockHttpServletRequest request = sent("/apprentices/7/epa/results", "/help");

		assertThat(this.advice.refused(new Refusal("epa.confirm.already"), request).getViewName())
			.isEqualTo("redirect:/help");
	}

	@Test
	void aRefusalFromAnotherSiteOrAPathLeavingTheSiteLinksHomeForTheSignedInRole() {
		CurrentUser coach = CurrentUser.of(5, "sarah.price@example.org", "Sarah Price", Role.COACH, 1);
		SecurityContextHolder.getContext()
			.setAuthentication(new UsernamePasswordAuthenticationToken(coach, null, coach.getAuthorities()));

		for (String referer : List.of("https://elsewhere.example.com/apprentices/7/epa",
				"http://localhost//elsewhere.example.com/apprentices/7/epa", "http://localhost", "not a uri at all")) {
			ModelAndView answer = this.advice.refused(new Refusal("epa.confirm.already"),
					sent("/apprentices/7/epa/results", referer));
			assertThat(answer.getViewName()).as(referer).isEqualTo("error/refused");
			assertThat(answer.getModel()).as(referer)
				.containsEntry("backPath", "/coach")
				.containsEntry("backHome", true);
		}
	}

	@Test
	void aRefusalFromAnAddressThatAnswersOnlyToAFormLinksToSignInWhenNobodyIsSignedIn() {
		ModelAndView answer = this.advice.refused(new Refusal("epa.confirm.already"),
				sent("/apprentices/7/epa/confirm", "/apprentices/7/epa/results"));

		assertThat(answer.getViewName()).isEqualTo("error/refused");
		assertThat(answer.getModel()).containsEntry("backPath", "/login").containsEntry("backHome", true);
	}

	@Test
	void aConflictLinksBackToThePageItCameFromOnlyWhenThatPageAnswersAGet() {
		ModelAndView fromPage = this.advice.conflict(new OptimisticLockingFailureException("stale"),
				sent("/apprentices/7/epa/results", "http://localhost/apprentices/7/epa"));
		assertThat(fromPage.getModel()).containsEntry("backPath", "/apprentices/7/epa");

		ModelAndView fromForm = this.advice.conflict(new OptimisticLockingFailureException("stale"),
				sent("/apprentices/7/epa/confirm", "http://localhost/apprentices/7/epa/results"));
		assertThat(fromForm.getModel()).containsEntry("backPath", null);
	}

	@Test
	void aConflictMetByAPageReadGivesNothingBack() {
		MockHttpServletRequest request = new MockHttpServletRequest("GET", "/apprentices/7/epa");
		request.addParameter("notes", "A sentence long enough to keep");

		ModelAndView answer = this.advice.conflict(new OptimisticLockingFailureException("stale"), request);

		assertThat(answer.getViewName()).isEqualTo("error/409");
		assertThat(answer.getModel().get("typed")).isEqualTo(List.of());
	}

	private static MockHttpServletRequest sent(String uri, String referer) {
		MockHttpServletRequest request = new MockHttpServletRequest("POST", uri);
		request.addHeader("Referer", referer);
		request.setAttribute(DispatcherServlet.OUTPUT_FLASH_MAP_ATTRIBUTE, new FlashMap());
		return request;
	}

	private static Map<String, Object> flash(MockHttpServletRequest request) {
		return (FlashMap) request.getAttribute(DispatcherServlet.OUTPUT_FLASH_MAP_ATTRIBUTE);
	}

	/**
	 * The application's addresses as far as these tests need them: a page, two addresses
	 * that answer only to a form, and a page answering every method.
	 */
	private static RequestMappingHandlerMapping mappings() {
		RequestMappingInfo.BuilderConfiguration options = new RequestMappingInfo.BuilderConfiguration();
		options.setPatternParser(PathPatternParser.defaultInstance);
		RequestMappingHandlerMapping mappings = new RequestMappingHandlerMapping();
		Handler handler = new Handler();
		Method method = Handler.METHOD;
		mappings.registerMapping(
				RequestMappingInfo.paths("/apprentices/{id}/epa").methods(RequestMethod.GET).options(options).build(),
				handler, method);
		mappings
			.registerMapping(RequestMappingInfo.paths("/apprentices/{id}/epa/results", "/apprentices/{id}/epa/confirm")
				.methods(RequestMethod.POST)
				.options(options)
				.build(), handler, method);
		mappings.registerMapping(RequestMappingInfo.paths("/help").options(options).build(), handler, method);
		return mappings;
	}

	static final class Handler {

		static final Method METHOD;

		static {
			try {
				METHOD = Handler.class.getDeclaredMethod("handle");
			}
			catch (NoSuchMethodException ex) {
				throw new IllegalStateException(ex);
			}
		}

		String handle() {
			return "page";
		}

	}

	static final class Refusal extends RuleException {

		Refusal(String messageKey) {
			super(messageKey);
		}

	}

}
