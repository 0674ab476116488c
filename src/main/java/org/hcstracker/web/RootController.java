package org.hcstracker.web;

import org.hcstracker.people.CurrentUser;
import org.hcstracker.security.RoleHome;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The site's root sends each person to their own home.
 */
@Controller
class RootController {

	@GetMapping("/")
	String root(@AuthenticationPrincipal CurrentUser user) {
		return "redirect:" + RoleHome.of(user.role());
	}

}
