package org.hcstracker.web;

import java.time.Clock;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.hcstracker.people.CurrentUser;
import org.hcstracker.people.Role;
import org.hcstracker.security.RoleHome;
import org.hcstracker.shared.UkTime;
import org.hcstracker.shared.UploadProperties;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.validation.BindingResult;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.ModelAndView;

/**
 * What the layout needs on every page: the signed-in person, for the navigation, their
 * name and Sign out, their home page, whether the pages speak to the person they are
 * about, today's date in England and the upload limits for file fields. They are request
 * attributes set before the handler runs, so a page shown by an exception handler (a "not
 * found" page, a refusal, a conflict), which gets no model attributes of a controller
 * advice, keeps the layout too. The layout only shows; access is decided by the security
 * configuration and the services.
 * <p>
 * After the handler, a page sent back with a form's errors is marked for the error
 * summary at the top of the page: {@code failedForm} names the form (unless the
 * controller named it, with {@code failedSuffix}, the end of its fields' ids, for a page
 * with several forms of one kind).
 */
class LayoutAttributes implements HandlerInterceptor {

	static final String FAILED_FORM = "failedForm";

	static final String FAILED_SUFFIX = "failedSuffix";

	private final Clock clock;

	private final UploadProperties uploads;

	LayoutAttributes(Clock clock, UploadProperties uploads) {
		this.clock = clock;
		this.uploads = uploads;
	}

	@Override
	public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
		CurrentUser user = currentUser();
		request.setAttribute("currentUser", user);
		request.setAttribute("homePath", (user != null) ? RoleHome.of(user.role()) : null);
		// An apprentice opens no one else's pages, so the pages about an apprentice speak
		// to
		// them in the second person.
		request.setAttribute("aboutSelf", user != null && user.role() == Role.APPRENTICE);
		request.setAttribute("today", UkTime.today(this.clock));
		request.setAttribute("uploadLimit", this.uploads);
		return true;
	}

	@Override
	public void postHandle(HttpServletRequest request, HttpServletResponse response, Object handler,
			@Nullable ModelAndView modelAndView) {
		if (modelAndView == null || modelAndView.getModel().containsKey(FAILED_FORM)
				|| (modelAndView.getViewName() != null && modelAndView.getViewName().startsWith("redirect:"))) {
			return;
		}
		String failed = failedForm(modelAndView.getModel());
		if (failed != null) {
			modelAndView.addObject(FAILED_FORM, failed);
			modelAndView.addObject(FAILED_SUFFIX, "");
		}
	}

	/**
	 * The name of the first form of the model that has errors. A form whose values could
	 * not be converted has no object, only its errors and what was typed.
	 */
	private static @Nullable String failedForm(Map<String, Object> model) {
		for (Map.Entry<String, Object> entry : model.entrySet()) {
			if (entry.getKey().startsWith(BindingResult.MODEL_KEY_PREFIX)
					&& entry.getValue() instanceof BindingResult result && result.hasErrors()
					&& model.containsKey(result.getObjectName())) {
				return result.getObjectName();
			}
		}
		return null;
	}

	private static @Nullable CurrentUser currentUser() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication != null && authentication.getPrincipal() instanceof CurrentUser user) {
			return user;
		}
		return null;
	}

}
