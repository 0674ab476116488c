package org.hcstracker.web;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.servlet.http.HttpServletRequest;
import org.hcstracker.people.CurrentUser;
import org.hcstracker.testsupport.IntegrationTest;
import org.hcstracker.testsupport.TestApprentices;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.Resource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.web.servlet.resource.CachingResourceResolver;
import org.springframework.web.servlet.resource.ResourceResolver;
import org.springframework.web.servlet.resource.ResourceResolverChain;
import org.springframework.web.servlet.resource.ResourceUrlProvider;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Static files live under their own paths, so rendering a page with many links looks up
 * only its asset links as resources (each once, then from the cache), and those links
 * come out content-hash versioned and cacheable for a year. The page is rendered through
 * MockMvc with the application's filters, the resource URL encoding filter among them.
 */
@IntegrationTest
class StaticAssetsTests {

	private static final Pattern LINK = Pattern.compile("(?:href|src|action)=\"([^\"]+)\"");

	private static final Pattern VERSIONED_APP_CSS = Pattern.compile("/assets/css/app-[0-9a-f]{32}\\.css");

	private static final Pattern VERSIONED_BOOTSTRAP = Pattern
		.compile("/webjars/bootstrap/[0-9.]+/dist/css/bootstrap\\.min-[0-9a-f]{32}\\.css");

	private static final long ONE_YEAR_IN_SECONDS = 365L * 24 * 60 * 60;

	@Autowired
	MockMvc mvc;

	@Autowired
	ResourceUrlProvider resourceUrls;

	@Autowired
	TestApprentices testApprentices;

	/** Every URL path the page asked to be resolved as a resource. */
	private final List<String> asked = new CopyOnWriteArrayList<>();

	/** The URL paths that the cache did not answer. */
	private final List<String> missed = new CopyOnWriteArrayList<>();

	@BeforeEach
	void recordResourceLookUps() {
		this.resourceUrls.getHandlerMap().forEach((pattern, handler) -> {
			List<ResourceResolver> resolvers = handler.getResourceResolvers();
			String prefix = pattern.substring(0, pattern.length() - "**".length());
			int cache = indexOfCache(resolvers);
			resolvers.add(cache + 1, new Recording(prefix, this.missed));
			resolvers.add(0, new Recording(prefix, this.asked));
		});
	}

	@AfterEach
	void stopRecording() {
		this.resourceUrls.getHandlerMap()
			.values()
			.forEach((handler) -> handler.getResourceResolvers().removeIf(Recording.class::isInstance));
	}

	@Test
	void onlyAssetsAndWebJarsAreResourcePaths() {
		assertThat(this.resourceUrls.getHandlerMap()).containsOnlyKeys("/assets/**", "/webjars/**");
	}

	@Test
	void aPageWithManyLinksLooksUpOnlyItsAssetLinksAsResources() throws Exception {
		String page = apprenticeListWith(12);

		List<String> applicationLinks = links(page).stream().filter((link) -> !isAsset(link)).toList();
		assertThat(applicationLinks).hasSizeGreaterThanOrEqualTo(20);
		assertThat(this.asked).isNotEmpty().allSatisfy((path) -> assertThat(isAsset(path)).as(path).isTrue());
	}

	@Test
	void assetLinksAreContentHashVersioned() throws Exception {
		String page = apprenticeListWith(1);

		assertThat(page).containsPattern(VERSIONED_APP_CSS).containsPattern(VERSIONED_BOOTSTRAP);
		assertThat(links(page).stream().filter(StaticAssetsTests::isAsset))
			.allSatisfy((link) -> assertThat(link).matches(".*-[0-9a-f]{32}\\.(css|js)"));
	}

	@Test
	void assetLinksAreResolvedOnceThenComeFromTheCache() throws Exception {
		apprenticeListWith(1);
		this.missed.clear();
		this.asked.clear();

		this.mvc.perform(get("/admin/apprentices").with(user(this.testApprentices.admin()))).andExpect(status().isOk());

		assertThat(this.asked).isNotEmpty();
		assertThat(this.missed).isEmpty();
	}

	@Test
	void versionedAssetsAreServedToAnyoneAndCachedForAYear() throws Exception {
		String page = apprenticeListWith(1);
		List<String> assets = new ArrayList<>();
		assets.add(first(VERSIONED_APP_CSS, page));
		assets.add(first(VERSIONED_BOOTSTRAP, page));

		for (String asset : assets) {
			MvcResult result = this.mvc.perform(get(asset)).andExpect(status().isOk()).andReturn();
			assertThat(result.getResponse().getHeader("Cache-Control")).as(asset)
				.contains("max-age=" + ONE_YEAR_IN_SECONDS)
				.contains("public");
			assertThat(result.getResponse().getContentAsString()).as(asset).isNotEmpty();
		}
	}

	private String apprenticeListWith(int newApprentices) throws Exception {
		for (int i = 0; i < newApprentices; i++) {
			this.testApprentices.enrolNew();
		}
		CurrentUser admin = this.testApprentices.admin();
		return this.mvc.perform(get("/admin/apprentices").with(user(admin)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
	}

	private static int indexOfCache(List<ResourceResolver> resolvers) {
		for (int i = 0; i < resolvers.size(); i++) {
			if (resolvers.get(i) instanceof CachingResourceResolver) {
				return i;
			}
		}
		return -1;
	}

	private static List<String> links(String page) {
		List<String> links = new ArrayList<>();
		Matcher matcher = LINK.matcher(page);
		while (matcher.find()) {
			if (matcher.group(1).startsWith("/")) {
				links.add(matcher.group(1));
			}
		}
		return links;
	}

	private static boolean isAsset(String path) {
		return path.startsWith("/assets/") || path.startsWith("/webjars/");
	}

	private static String first(Pattern pattern, String page) {
		Matcher matcher = pattern.matcher(page);
		assertThat(matcher.find()).as(pattern.pattern()).isTrue();
		return matcher.group();
	}

	/**
	 * Notes the URL path of each look-up that reaches it, then passes it on.
	 */
	private record Recording(String prefix, List<String> paths) implements ResourceResolver {

		@Override
		public @Nullable Resource resolveResource(@Nullable HttpServletRequest request, String requestPath,
				List<? extends Resource> locations, ResourceResolverChain chain) {
			return chain.resolveResource(request, requestPath, locations);
		}

		@Override
		public @Nullable String resolveUrlPath(String resourcePath, List<? extends Resource> locations,
				ResourceResolverChain chain) {
			this.paths.add(this.prefix + resourcePath);
			return chain.resolveUrlPath(resourcePath, locations);
		}

	}

}
