package org.hcstracker.risk;

import org.hcstracker.testsupport.WebAppTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

import static org.hamcrest.Matchers.stringContainsInOrder;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * On the demo data, the demo coach's caseload shows her Red rating of Jordan Ellis's last
 * review, with her reason, beside his other flags.
 */
@WebAppTest
class DemoCoachRatingTests {

	@Autowired
	WebApplicationContext context;

	@Autowired
	UserDetailsService users;

	private MockMvc mvc;

	@BeforeEach
	void mvc() {
		this.mvc = MockMvcBuilders.webAppContextSetup(this.context).apply(springSecurity()).build();
	}

	@Test
	void theDemoCoachSeesHerRedRatingOfJordanEllisWithHerReason() throws Exception {
		this.mvc.perform(get("/coach").with(user(this.users.loadUserByUsername("coach@demo.test"))))
			.andExpect(status().isOk())
			.andExpect(content().string(stringContainsInOrder("Jordan Ellis", "Red: act now",
					"Coach rated Red: Off-the-job hours are well behind the plan and areas 7 to 9 have no evidence yet.",
					"Progress review overdue")));
	}

}
