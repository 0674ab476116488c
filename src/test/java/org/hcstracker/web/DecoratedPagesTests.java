package org.hcstracker.web;

import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import nz.net.ultraq.thymeleaf.layoutdialect.decorators.DecorateProcessor;
import org.hcstracker.testsupport.IntegrationTest;
import org.hcstracker.testsupport.TestApprentices;
import org.hcstracker.testsupport.TestApprentices.Enrolled;
import org.hcstracker.testsupport.TestEvidence;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.thymeleaf.processor.IProcessor;
import org.thymeleaf.templatemode.TemplateMode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A page's decoration by the layout, worked out once and kept ({@link DecoratedPages}),
 * gives the same page as working it out on every request: the same markup for the same
 * data, the data of each request (another person's name, a failed form's error title) and
 * nothing of the request before. In development, where templates are not cached, the
 * Layout Dialect's own processor decorates every request.
 */
@IntegrationTest
class DecoratedPagesTests {

	private static final Pattern TITLE = Pattern.compile("<title>([^<]*)</title>");

	private static final Pattern CSRF_TOKEN = Pattern.compile("(name=\"_csrf\" value=\")[^\"]*");

	@Autowired
	MockMvc mvc;

	@Autowired
	TestApprentices testApprentices;

	@Autowired
	TestEvidence testEvidence;

	@Test
	void aPageShownAgainIsTheSamePageAndAnotherPersonsShowsTheirOwnData() throws Exception {
		Enrolled first = this.testApprentices.enrolNew();
		Enrolled second = this.testApprentices.enrolNew();
		String once = page(first);
		String again = page(first);
		String other = page(second);
		assertThat(withoutTokens(again)).isEqualTo(withoutTokens(once));
		assertThat(title(once)).isEqualTo("Your off-the-job training – HCS Tracker");
		assertThat(other).contains("<html lang=\"en-GB\">").contains("<main id=\"main\"");
		assertThat(title(other)).isEqualTo(title(once));
		assertThat(this.mvc.perform(get("/apprentices/{id}/off-the-job", second.id()).with(coachOf(second)))
			.andReturn()
			.getResponse()
			.getContentAsString())
			.contains("<title>Off-the-job training: " + second.enrolment().name() + " – HCS Tracker</title>");
	}

	@Test
	void aFailedFormsErrorTitleIsItsOwnAndTheNextPageHasNone() throws Exception {
		Enrolled enrolled = this.testApprentices.enrolNew();
		String failed = this.mvc
			.perform(post("/apprentices/{id}/off-the-job", enrolled.id())
				.param("date", LocalDate.now().minusDays(1).toString())
				.param("hours", "seven")
				.param("activity", "STUDY_DAY")
				.param("version", "0")
				.with(SecurityMockMvcRequestPostProcessors.user(this.testEvidence.apprentice(enrolled)))
				.with(csrf()))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(title(failed)).isEqualTo("Error: Your off-the-job training – HCS Tracker");
		assertThat(title(page(enrolled))).isEqualTo("Your off-the-job training – HCS Tracker");
	}

	@Test
	void eachPageIsDecoratedAfreshWhenTemplatesAreNotCached() {
		assertThat(decorators(new DecoratedPages(false)))
			.allSatisfy((processor) -> assertThat(processor.getClass()).isEqualTo(DecorateProcessor.class));
		assertThat(decorators(new DecoratedPages(true)))
			.anySatisfy((processor) -> assertThat(processor).isInstanceOf(DecoratedPages.KeptDecoration.class))
			.allSatisfy((processor) -> assertThat(processor.getTemplateMode() == TemplateMode.HTML)
				.isEqualTo(processor instanceof DecoratedPages.KeptDecoration));
	}

	private static java.util.List<IProcessor> decorators(DecoratedPages dialect) {
		return dialect.getProcessors("layout")
			.stream()
			.filter((processor) -> processor instanceof DecorateProcessor)
			.toList();
	}

	private String page(Enrolled enrolled) throws Exception {
		return this.mvc
			.perform(get("/apprentices/{id}/off-the-job", enrolled.id())
				.with(SecurityMockMvcRequestPostProcessors.user(this.testEvidence.apprentice(enrolled))))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
	}

	private RequestPostProcessor coachOf(Enrolled enrolled) {
		return SecurityMockMvcRequestPostProcessors.user(this.testEvidence.coach(enrolled));
	}

	private static String title(String page) {
		Matcher title = TITLE.matcher(page);
		assertThat(title.find()).as("a title").isTrue();
		return title.group(1);
	}

	private static String withoutTokens(String page) {
		return CSRF_TOKEN.matcher(page).replaceAll("$1");
	}

}
