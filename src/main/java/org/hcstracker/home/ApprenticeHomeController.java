package org.hcstracker.home;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The apprentice's home page.
 */
@Controller
class ApprenticeHomeController {

	@GetMapping("/apprentice")
	String home() {
		return "home/apprentice";
	}

}
