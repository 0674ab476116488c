package org.hcstracker.web;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import org.hcstracker.testsupport.Browser;
import org.hcstracker.testsupport.BrowserTest;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hcstracker.testsupport.Browser.linksOnPage;
import static org.hcstracker.testsupport.Browser.load;
import static org.hcstracker.testsupport.Browser.path;
import static org.hcstracker.testsupport.Browser.reachAt;
import static org.hcstracker.testsupport.Browser.signIn;
import static org.hcstracker.testsupport.Browser.signOut;
import static org.hcstracker.testsupport.Browser.visit;

/**
 * Every page each demo role reaches by following links, on a phone 390 px wide and a
 * desktop 1280 px wide: nothing makes the page scroll sideways, every list's status and
 * risk and its main action are in reach, and axe finds no serious problem. Pages of the
 * same kind (the same address but for its ids) are visited once per role, and checked by
 * axe ({@link Browser#visit}) for the first role that reaches them.
 */
@BrowserTest
class ScreenWidthsBrowserTests {

	private static final String PASSWORD = "demo-password";

	private static final List<String> ROLES = List.of("apprentice@demo.test", "coach@demo.test", "employer@demo.test",
			"assessor@demo.test", "admin@demo.test");

	/** Addresses that are not pages: files, downloads, sign-out, assets. */
	private static final Pattern NOT_A_PAGE = Pattern
		.compile("/files/|/certificates/|\\.csv$|^/(assets|webjars)/|^/logout|^/login");

	private static final int PAGES_PER_ROLE = 30;

	/** A phone's width and a desktop's, in CSS pixels. */
	private static final int[] WIDTHS = { 390, 1280 };

	@Test
	void everyPageEachDemoRoleReachesFitsAPhoneAndADesktop() {
		List<String> problems = new ArrayList<>();
		int pages = 0;
		int inReach = 0;
		Set<String> checked = new HashSet<>();
		for (String role : ROLES) {
			signIn(role, PASSWORD);
			Set<String> kinds = new HashSet<>();
			Deque<String> next = new ArrayDeque<>(List.of(path()));
			while (!next.isEmpty() && kinds.size() < PAGES_PER_ROLE) {
				String page = next.poll();
				if (NOT_A_PAGE.matcher(page).find() || !kinds.add(kind(page))) {
					continue;
				}
				if (checked.add(kind(page))) {
					visit(page);
				}
				else {
					load(page);
				}
				pages++;
				List<Browser.Reach> reaches = reachAt(WIDTHS);
				for (int i = 0; i < WIDTHS.length; i++) {
					String where = role + " " + page + " at " + WIDTHS[i] + " px: ";
					inReach += reaches.get(i).inReach();
					reaches.get(i).outOfReach().forEach((line) -> problems.add(where + line));
				}
				next.addAll(linksOnPage());
			}
			signOut();
		}
		assertThat(pages).as("pages visited").isGreaterThan(40);
		assertThat(inReach).as("list badges and actions found in reach").isGreaterThan(20);
		assertThat(problems).as("out of reach").isEmpty();
	}

	/**
	 * A page's kind: its path with every id replaced and without its query.
	 */
	private static String kind(String page) {
		int query = page.indexOf('?');
		return ((query < 0) ? page : page.substring(0, query)).replaceAll("/\\d+", "/{id}");
	}

}
