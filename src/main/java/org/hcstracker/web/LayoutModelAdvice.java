package org.hcstracker.web;

import java.time.Clock;
import java.time.LocalDate;

import org.hcstracker.people.CurrentUser;
import org.hcstracker.people.Role;
import org.hcstracker.security.RoleHome;
import org.hcstracker.shared.UkTime;
import org.hcstracker.shared.UploadProperties;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * Gives every page the signed-in person, for the layout's navigation and name, and
 * today's date in England, and the upload limits for file fields. The layout only shows;
 * access is decided by the security configuration and the services.
 */
@ControllerAdvice
class LayoutModelAdvice {

	private final Clock clock;

	private final UploadProperties uploads;

	LayoutModelAdvice(Clock clock, UploadProperties uploads) {
		this.clock = clock;
		this.uploads = uploads;
	}

	@ModelAttribute("uploadLimit")
	UploadProperties uploadLimit() {
		return this.uploads;
	}

	@ModelAttribute("today")
	LocalDate today() {
		return UkTime.today(this.clock);
	}

	@ModelAttribute("currentUser")
	@Nullable CurrentUser currentUser() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication != null && authentication.getPrincipal() instanceof CurrentUser user) {
			return user;
		}
		return null;
	}

	/**
	 * Whether the pages about an apprentice are read by that apprentice: an apprentice
	 * opens no one else's, so their pages speak to them in the second person.
	 * @return true for a signed-in apprentice
	 */
	@ModelAttribute("aboutSelf")
	boolean aboutSelf() {
		CurrentUser user = currentUser();
		return user != null && user.role() == Role.APPRENTICE;
	}

	@ModelAttribute("homePath")
	@Nullable String homePath() {
		CurrentUser user = currentUser();
		return (user != null) ? RoleHome.of(user.role()) : null;
	}

}
