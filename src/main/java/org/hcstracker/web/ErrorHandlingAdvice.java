package org.hcstracker.web;

import java.net.URI;
import java.net.URISyntaxException;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;
import java.util.Set;

import jakarta.servlet.http.HttpServletRequest;
import org.hcstracker.people.CurrentUser;
import org.hcstracker.security.RoleHome;
import org.hcstracker.shared.NotFoundException;
import org.hcstracker.shared.RuleException;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.dao.DataAccessException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.http.server.PathContainer;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.FlashMap;
import org.springframework.web.servlet.mvc.condition.PathPatternsRequestCondition;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.support.RequestContextUtils;

/**
 * The one place typed exceptions become HTTP answers. An object that does not exist, or
 * that the caller may not see, is "not found"; a change that lost a race with someone
 * else's is a conflict; a rule's refusal that no form caught is its message, on the page
 * the person came from (or on a page of its own with a link back), never an error page.
 * Pages show a friendly message and nothing of the exception.
 */
@ControllerAdvice
class ErrorHandlingAdvice {

	private static final Logger log = LoggerFactory.getLogger(ErrorHandlingAdvice.class);

	/**
	 * The shortest text given back on the conflict page, shorter ones being easy to type
	 * again.
	 */
	private static final int TYPED_TEXT_MIN_LENGTH = 12;

	/** Fields whose values are never written into a page: passwords, tokens, secrets. */
	private static final Pattern NEVER_GIVEN_BACK = Pattern.compile("(?i)password|confirm|token|secret");

	private static final Pattern CSRF_PARAMETER = Pattern.compile("(?:^|&)_csrf=[^&]*");

	private final RequestMappingHandlerMapping mappings;

	ErrorHandlingAdvice(@Qualifier("requestMappingHandlerMapping") RequestMappingHandlerMapping mappings) {
		this.mappings = mappings;
	}

	@ExceptionHandler(NotFoundException.class)
	@ResponseStatus(HttpStatus.NOT_FOUND)
	String notFound(NotFoundException ex) {
		log.debug("Not found: {}", ex.getMessage());
		return "error/404";
	}

	@ExceptionHandler(MethodArgumentTypeMismatchException.class)
	@ResponseStatus(HttpStatus.NOT_FOUND)
	String malformedAddress(MethodArgumentTypeMismatchException ex) {
		log.debug("Malformed address part: {}", ex.getName());
		return "error/404";
	}

	/**
	 * A change lost a race with someone else's: an edit of a record changed meanwhile, or
	 * the second of two changes sent at the same instant that may happen once (a unique
	 * index refused it). The page says so and gives back the longer texts the person
	 * typed, so that nothing they wrote is lost, with a link to the page they came from.
	 * Any other refusal of the database is a fault: the error page, nothing of it shown.
	 */
	@ExceptionHandler({ OptimisticLockingFailureException.class, DataIntegrityViolationException.class })
	ModelAndView conflict(DataAccessException ex, HttpServletRequest request) {
		if (ex instanceof DataIntegrityViolationException && !isUniqueViolation(ex)) {
			log.error("Refused by the database: {} {}", request.getMethod(), request.getRequestURI(), ex);
			return new ModelAndView("error/500", HttpStatus.INTERNAL_SERVER_ERROR);
		}
		log.info("Edit conflict: {} {}: {}", request.getMethod(), request.getRequestURI(), ex.getMessage());
		String back = sameSiteReferer(request);
		if (back != null && !answersGet(back.substring(request.getContextPath().length()))) {
			back = null;
		}
		ModelAndView page = new ModelAndView("error/409", HttpStatus.CONFLICT);
		page.addObject("typed", typedTexts(request));
		page.addObject("backPath", (back != null) ? back.substring(request.getContextPath().length()) : null);
		return page;
	}

	/** SQLSTATE 23505, unique violation, on PostgreSQL and H2 alike. */
	private static boolean isUniqueViolation(Throwable ex) {
		for (Throwable cause = ex; cause != null; cause = cause.getCause()) {
			if (cause instanceof SQLException sql && "23505".equals(sql.getSQLState())) {
				return true;
			}
		}
		return false;
	}

	/**
	 * The texts a form sent that are worth keeping: what someone wrote (a reason, notes,
	 * a description), not the choices, numbers and hidden fields the form will show
	 * again.
	 */
	private static List<String> typedTexts(HttpServletRequest request) {
		if (!"POST".equals(request.getMethod())) {
			return List.of();
		}
		return request.getParameterMap()
			.entrySet()
			.stream()
			.filter((parameter) -> !parameter.getKey().startsWith("_")
					&& !NEVER_GIVEN_BACK.matcher(parameter.getKey()).find())
			.flatMap((parameter) -> Arrays.stream(parameter.getValue()))
			.map(String::strip)
			.filter((value) -> value.length() >= TYPED_TEXT_MIN_LENGTH && value.contains(" "))
			.distinct()
			.toList();
	}

	/**
	 * A rule refused a change that no form caught: back to the page the person came from,
	 * with the message at the top; without such a page (or when it is the one refused, or
	 * an address that answers only to a form), a page with the message and a link back.
	 */
	@ExceptionHandler(RuleException.class)
	ModelAndView refused(RuleException ex, HttpServletRequest request) {
		log.info("Refused {} {}: {}", request.getMethod(), request.getRequestURI(), ex.getMessageKey());
		String back = sameSiteReferer(request);
		if (back != null && !answersGet(back.substring(request.getContextPath().length()))) {
			back = null;
		}
		String current = request.getRequestURI()
				+ ((request.getQueryString() != null) ? "?" + request.getQueryString() : "");
		if (back != null && !back.equals(current)) {
			FlashMap flash = RequestContextUtils.getOutputFlashMap(request);
			flash.put("flashError", ex.getMessageKey());
			flash.put("flashErrorArguments", ex.getArguments());
			return new ModelAndView("redirect:" + back.substring(request.getContextPath().length()));
		}
		ModelAndView page = new ModelAndView("error/refused", HttpStatus.CONFLICT);
		page.addObject("refusal", ex.getMessageKey());
		page.addObject("refusalArguments", ex.getArguments());
		page.addObject("backPath", (back != null) ? back.substring(request.getContextPath().length()) : home());
		page.addObject("backHome", back == null);
		return page;
	}

	/**
	 * Whether the application answers a GET of the path: a page a form re-rendered after
	 * it was sent (an error, a confirmation step, a conflict) shows the address the form
	 * was sent to, which may answer only to POST, so it is no page to send anyone back
	 * to.
	 */
	private boolean answersGet(String pathAndQuery) {
		int query = pathAndQuery.indexOf('?');
		PathContainer path = PathContainer.parsePath((query >= 0) ? pathAndQuery.substring(0, query) : pathAndQuery);
		return this.mappings.getHandlerMethods().keySet().stream().anyMatch((info) -> {
			Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
			PathPatternsRequestCondition patterns = info.getPathPatternsCondition();
			return (methods.isEmpty() || methods.contains(RequestMethod.GET)) && patterns != null
					&& patterns.getPatterns().stream().anyMatch((pattern) -> pattern.matches(path));
		});
	}

	/**
	 * The page the request came from, if it is one of this application's: its path and
	 * query, never another site's address, and never with a CSRF token in its query.
	 */
	private static @Nullable String sameSiteReferer(HttpServletRequest request) {
		String referer = request.getHeader("Referer");
		if (referer == null) {
			return null;
		}
		try {
			URI uri = new URI(referer);
			String path = uri.getRawPath();
			boolean sameHost = uri.getHost() == null || uri.getHost().equalsIgnoreCase(request.getServerName());
			if (!sameHost || path == null || !path.startsWith(request.getContextPath() + "/")
					|| path.startsWith("//")) {
				return null;
			}
			String query = (uri.getRawQuery() != null) ? CSRF_PARAMETER.matcher(uri.getRawQuery()).replaceAll("") : "";
			query = query.startsWith("&") ? query.substring(1) : query;
			return path + (query.isEmpty() ? "" : "?" + query);
		}
		catch (URISyntaxException ex) {
			return null;
		}
	}

	private static String home() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		return (authentication != null && authentication.getPrincipal() instanceof CurrentUser user)
				? RoleHome.of(user.role()) : "/login";
	}

}
