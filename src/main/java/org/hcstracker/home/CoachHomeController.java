package org.hcstracker.home;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The coach's home page.
 */
@Controller
class CoachHomeController {

	@GetMapping("/coach")
	String home() {
		return "home/coach";
	}

}
