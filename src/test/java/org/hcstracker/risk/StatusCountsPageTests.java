package org.hcstracker.risk;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.hcstracker.testsupport.WebAppTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The demo coach's and line manager's homes count their apprentices by status, each count
 * a link that narrows the list to that status.
 */
@WebAppTest
class StatusCountsPageTests {

	private static final Pattern ROW = Pattern.compile("<tr>(.*?)</tr>", Pattern.DOTALL);

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
	void theCoachSeesHowManyHaveEachStatusAndCanListTheRedOnly() throws Exception {
		String home = page("coach@demo.test", "/coach");
		long red = badges(home, "Red: act now");
		long amber = badges(home, "Amber: keep an eye");
		long green = badges(home, "Green: on track");
		assertThat(red).isEqualTo(1);
		assertThat(home).contains(">Red: " + red + "</a>", ">Amber: " + amber + "</a>", ">Green: " + green + "</a>",
				">On a break: " + badges(home, ">On a break in learning<") + "</a>", "href=\"/coach?rag=RED\"");

		String reds = page("coach@demo.test", "/coach?rag=RED");
		assertThat(rows(reds)).singleElement()
			.satisfies((row) -> assertThat(row).contains("Jordan Ellis", "Red: act now"));
		assertThat(reds).contains("Showing only the apprentices with a red status.", ">Red: 1</a>")
			.doesNotContain("Amber: keep an eye", "Green: on track");
		assertThat(rows(page("coach@demo.test", "/coach?rag=GREEN"))).hasSize((int) green)
			.allSatisfy((row) -> assertThat(row).contains("Green: on track"));
	}

	@Test
	void theLineManagerSeesTheSameCountsForTheirOrganisationsApprentices() throws Exception {
		String home = page("employer@demo.test", "/employer");
		assertThat(home).contains(">Red: " + badges(home, "Red: act now") + "</a>",
				">Amber: " + badges(home, "Amber: keep an eye") + "</a>",
				">Green: " + badges(home, "Green: on track") + "</a>", "href=\"/employer?rag=RED\"");
		String reds = page("employer@demo.test", "/employer?rag=RED");
		assertThat(rows(reds)).isNotEmpty().allSatisfy((row) -> assertThat(row).contains("Red: act now"));
		assertThat(reds).doesNotContain("Green: on track");
	}

	private String page(String email, String path) throws Exception {
		return this.mvc.perform(get(path).with(user(this.users.loadUserByUsername(email))))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
	}

	private static List<String> rows(String page) {
		String body = page.substring(page.indexOf("<tbody>"), page.indexOf("</tbody>"));
		List<String> rows = new ArrayList<>();
		Matcher matcher = ROW.matcher(body);
		while (matcher.find()) {
			rows.add(matcher.group(1));
		}
		return rows;
	}

	private static long badges(String page, String text) {
		return rows(page).stream().filter((row) -> row.contains(text)).count();
	}

}
