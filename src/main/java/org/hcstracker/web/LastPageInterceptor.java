package org.hcstracker.web;

import java.lang.reflect.RecordComponent;
import java.util.Objects;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Page;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import org.springframework.web.util.UriComponents;

/**
 * A list asked for a page past its last shows its last page instead (the first, when the
 * list is empty): the address is sent on with that page's number. The list is found in
 * the page's model, on its own or as part of a record.
 */
class LastPageInterceptor implements HandlerInterceptor {

	@Override
	public void postHandle(HttpServletRequest request, HttpServletResponse response, Object handler,
			@Nullable ModelAndView modelAndView) {
		if (modelAndView == null || !"GET".equals(request.getMethod()) || request.getParameter("page") == null
				|| (modelAndView.getViewName() != null && modelAndView.getViewName().startsWith("redirect:"))) {
			return;
		}
		for (Object value : modelAndView.getModel().values()) {
			Page<?> page = pageIn(value);
			if (page != null) {
				int last = Math.max(0, page.getTotalPages() - 1);
				if (page.getNumber() > last) {
					UriComponents target = ServletUriComponentsBuilder.fromRequest(request)
						.replaceQueryParam("page", last)
						.build();
					String path = Objects.requireNonNullElse(target.getPath(), "/");
					modelAndView.clear();
					modelAndView.setViewName("redirect:" + path.substring(request.getContextPath().length())
							+ ((target.getQuery() != null) ? "?" + target.getQuery() : ""));
				}
				return;
			}
		}
	}

	private static @Nullable Page<?> pageIn(@Nullable Object value) {
		if (value instanceof Page<?> page) {
			return page;
		}
		if (value != null && value.getClass().isRecord()) {
			for (RecordComponent component : value.getClass().getRecordComponents()) {
				if (Page.class.isAssignableFrom(component.getType())) {
					try {
						component.getAccessor().trySetAccessible();
						return (Page<?>) Objects.requireNonNull(component.getAccessor().invoke(value));
					}
					catch (ReflectiveOperationException | RuntimeException ex) {
						return null;
					}
				}
			}
		}
		return null;
	}

}
