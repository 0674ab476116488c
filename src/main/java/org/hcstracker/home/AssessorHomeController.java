package org.hcstracker.home;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The assessor's home page.
 */
@Controller
class AssessorHomeController {

	@GetMapping("/assessor")
	String home() {
		return "home/assessor";
	}

}
