package org.hcstracker.home;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The admin's home page.
 */
@Controller
class AdminHomeController {

	@GetMapping("/admin")
	String home() {
		return "home/admin";
	}

}
