package org.hcstracker.home;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The employer's home page.
 */
@Controller
class EmployerHomeController {

	@GetMapping("/employer")
	String home() {
		return "home/employer";
	}

}
