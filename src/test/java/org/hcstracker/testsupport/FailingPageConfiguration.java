package org.hcstracker.testsupport;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * A page in the admin area that fails with an exception whose message must never reach
 * the person, to prove the error page shows nothing of it.
 */
@TestConfiguration(proxyBeanMethods = false)
public class FailingPageConfiguration {

	public static final String FAILING_PATH = "/admin/test-failure";

	public static final String SECRET_DETAIL = "secret-internal-detail-7f3a";

	@Controller
	static class FailingPageController {

		@GetMapping(FAILING_PATH)
		String fail() {
			throw new IllegalStateException(SECRET_DETAIL + " at org.hcstracker.Somewhere");
		}

	}

}
