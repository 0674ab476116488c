package org.hcstracker.web.crawl;

import java.net.URI;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * One person's crawl: from their home page, every same-origin link breadth first, and
 * every distinct form twice, once as the page renders it (hidden fields, CSRF and default
 * choices) and once filled in (a choice made, a date, a note, a file, a box ticked), and
 * each kind of form once more with wrong values. Every answer is checked by
 * {@link PageCheck}; what the forms lead to (confirmation steps, re-rendered forms, the
 * page a redirect lands on) is crawled in its turn.
 *
 * <p>
 * To stay short it samples: of the apprentices' pages, only those of the sampled
 * apprentices; of each kind of page or form about an apprentice, one (one evidence item,
 * one review, one entry); of each list, one other page or order, and its page numbers
 * past the end, negative or not a number.
 */
final class Crawler {

	/** Forms that would end the crawl's own session or lock someone out. */
	private static final Pattern UNSAFE_FORM = Pattern
		.compile("^/logout$|/disable$|^/set-password|/password-link$|^/login$");

	/** Links that are not pages of the application. */
	private static final Pattern NOT_A_PAGE = Pattern.compile("^/(assets|webjars)/|^/logout$|^/login");

	/** The apprentice a page or form is about. */
	private static final Pattern APPRENTICE = Pattern.compile("/apprentices/(\\d+)(?=/|$|\\?)");

	/** A number in a path, unless it is the apprentice's. */
	private static final Pattern RECORD_NUMBER = Pattern.compile("(?<!/apprentices)/\\d+(?=/|$)");

	private static final Pattern CSRF_PARAMETER = Pattern.compile("(?<=[?&])_csrf=[^&]*&?");

	/** A list's page number in an address. */
	private static final Pattern PAGE_NUMBER = Pattern.compile("([?&]page=)\\d+");

	/** Query variants of one path, such as other pages or orders of a list. */
	private static final int MAX_QUERY_VARIANTS = 1;

	/** Pages of one kind (see {@link #kindOf(String)}), query variants aside. */
	private static final int PAGES_OF_A_KIND = 1;

	/** Forms of one kind, by their action's kind and their fields. */
	private static final int FORMS_OF_A_KIND = 1;

	private final CrawlClient client;

	private final PageCheck check;

	private final String account;

	private final Set<Long> apprentices;

	private final int maxPages;

	private final int maxForms;

	private final Deque<Request> queue = new ArrayDeque<>();

	private final Set<String> seenPages = new HashSet<>();

	private final Map<String, Integer> queryVariants = new HashMap<>();

	private final Set<String> seenForms = new LinkedHashSet<>();

	private final Map<String, Integer> formsOfAKind = new HashMap<>();

	private final Set<String> wrongKinds = new HashSet<>();

	private final Set<String> pagedLists = new HashSet<>();

	private final Map<String, Integer> pagesOfAKind = new HashMap<>();

	private final Deque<FormOnPage> forms = new ArrayDeque<>();

	private int pages;

	private int submitted;

	Crawler(CrawlClient client, PageCheck check, String account, Set<Long> apprentices, int maxPages, int maxForms) {
		this.client = client;
		this.apprentices = apprentices;
		this.check = check;
		this.account = account;
		this.maxPages = maxPages;
		this.maxForms = maxForms;
	}

	/**
	 * Crawls from a page until every link and form is done or the caps are reached.
	 * @param start the first page
	 * @return what was done
	 */
	Summary crawl(String start) {
		long began = System.nanoTime();
		enqueue(start, null);
		while (!this.queue.isEmpty() || !this.forms.isEmpty()) {
			if (!this.queue.isEmpty() && this.pages < this.maxPages) {
				Request request = this.queue.poll();
				this.pages++;
				CrawlClient.Answer answer = this.client.get(request.path(), request.referer());
				handle((request.referer() != null) ? "GET (linked from " + request.referer() + ")" : "GET",
						request.path(), answer);
			}
			else if (!this.forms.isEmpty() && this.submitted < this.maxForms) {
				FormOnPage form = this.forms.poll();
				this.submitted++;
				submit(form, false);
				submit(form, true);
				if (this.wrongKinds.add(FormFields.identity(form.form(), form.action().replaceAll("\\d+", "{n}")))) {
					submitWrong(form);
				}
			}
			else {
				break;
			}
		}
		return new Summary(this.account, this.pages, this.submitted, this.queue.size(), this.forms.size(),
				Duration.ofNanos(System.nanoTime() - began));
	}

	private void submit(FormOnPage form, boolean filled) {
		List<Map.Entry<String, String>> fields = FormFields.values(form.form(), filled, LocalDate.now());
		List<CrawlClient.FilePart> files = filled ? FormFields.files(form.form()) : FormFields.emptyFiles(form.form());
		String method = form.form().attr("method").isBlank() ? "GET" : form.form().attr("method").toUpperCase();
		String action = form.action();
		if ("GET".equals(method)) {
			String query = CrawlClient.urlEncoded(fields);
			enqueue(query.isEmpty() ? action : action + (action.contains("?") ? "&" : "?") + query, form.page());
			return;
		}
		boolean multipart = form.form().attr("enctype").equalsIgnoreCase("multipart/form-data");
		CrawlClient.Answer answer = multipart ? this.client.postMultipart(action, fields, files, form.page())
				: this.client.post(action, fields, form.page());
		String label = "POST" + (filled ? " (filled)" : " (as rendered)");
		handle(label, action, answer);
	}

	private void submitWrong(FormOnPage form) {
		if (!"post".equalsIgnoreCase(form.form().attr("method"))) {
			return;
		}
		List<Map.Entry<String, String>> fields = FormFields.wrong(form.form(),
				FormFields.values(form.form(), true, LocalDate.now()));
		boolean multipart = form.form().attr("enctype").equalsIgnoreCase("multipart/form-data");
		CrawlClient.Answer answer = multipart
				? this.client.postMultipart(form.action(), fields, FormFields.files(form.form()), form.page())
				: this.client.post(form.action(), fields, form.page());
		handle("POST (wrong values)", form.action(), answer);
	}

	private void handle(String method, String path, CrawlClient.Answer answer) {
		this.check.answer(this.account, method, path, answer);
		CrawlClient.Answer landed = answer;
		String at = path;
		int hops = 0;
		while (landed.isRedirect() && hops++ < 5) {
			String location = sameOrigin(landed.location());
			if (location == null || NOT_A_PAGE.matcher(location).find()) {
				return;
			}
			this.seenPages.add(location);
			landed = this.client.get(location, at);
			at = location;
			this.check.answer(this.account, "GET (after " + method + " " + path + ")", location, landed);
		}
		if (landed.isHtml()) {
			follow(at, Jsoup.parse(landed.body(), this.client.base() + at));
		}
	}

	private void follow(String page, Document document) {
		for (Element link : document.select("a[href]:not([href^=#])")) {
			String target = sameOrigin(link.absUrl("href"));
			if (target != null) {
				enqueue(target, page);
			}
		}
		for (Element form : document.select("form")) {
			String action = sameOrigin(
					form.absUrl("action").isBlank() ? this.client.base() + page : form.absUrl("action"));
			if (action == null || UNSAFE_FORM.matcher(pathOf(action)).find() || !aboutTheSample(action)) {
				continue;
			}
			String identity = FormFields.identity(form, withoutCsrf(action));
			if (this.seenForms.add(identity) && this.formsOfAKind.merge(FormFields.identity(form, kindOf(action)), 1,
					Integer::sum) <= FORMS_OF_A_KIND) {
				this.forms.add(new FormOnPage(page, action, form));
			}
		}
	}

	private void enqueue(String target, String referer) {
		Matcher page = PAGE_NUMBER.matcher(target);
		if (page.find() && this.pagedLists.add(pathOf(target))) {
			for (String number : List.of("99999999999", "-1", "abc")) {
				String odd = page.replaceFirst("$1" + number);
				if (this.seenPages.add(odd)) {
					this.queue.add(new Request(odd, referer));
				}
			}
		}
		if (NOT_A_PAGE.matcher(target).find() || this.seenPages.contains(target) || !aboutTheSample(target)) {
			return;
		}
		int query = target.indexOf('?');
		if (query >= 0) {
			int variants = this.queryVariants.merge(target.substring(0, query), 1, Integer::sum);
			if (variants > MAX_QUERY_VARIANTS) {
				return;
			}
		}
		this.seenPages.add(target);
		if (query < 0 && this.pagesOfAKind.merge(kindOf(target), 1, Integer::sum) > PAGES_OF_A_KIND) {
			return;
		}
		this.queue.add(new Request(target, referer));
	}

	/** The path and query of an address on the application's own origin, or null. */
	private String sameOrigin(String address) {
		if (address == null || address.isBlank()) {
			return null;
		}
		URI uri;
		try {
			uri = URI.create(this.client.base() + "/").resolve(address.replace(" ", "%20"));
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
		if (uri.getScheme() == null || !uri.getScheme().startsWith("http")
				|| !(this.client.base()).equals(uri.getScheme() + "://" + uri.getRawAuthority())) {
			return null;
		}
		String path = (uri.getRawPath() == null || uri.getRawPath().isEmpty()) ? "/" : uri.getRawPath();
		return (uri.getRawQuery() != null) ? path + "?" + uri.getRawQuery() : path;
	}

	private boolean aboutTheSample(String target) {
		Matcher apprentice = APPRENTICE.matcher(target);
		return !apprentice.find() || this.apprentices.contains(Long.parseLong(apprentice.group(1)));
	}

	/**
	 * A page's or form's kind: its path with every record number but the apprentice's
	 * replaced, so that each apprentice's pages are all reached (each lifecycle status
	 * with them) while their many evidence items, entries or reviews are sampled.
	 */
	static String kindOf(String target) {
		return RECORD_NUMBER.matcher(pathOf(target)).replaceAll("/{n}");
	}

	private static String withoutCsrf(String action) {
		return CSRF_PARAMETER.matcher(action).replaceAll("").replaceAll("\\?$", "");
	}

	private static String pathOf(String target) {
		int query = target.indexOf('?');
		return (query >= 0) ? target.substring(0, query) : target;
	}

	private record Request(String path, String referer) {
	}

	private record FormOnPage(String page, String action, Element form) {
	}

	/**
	 * What one person's crawl did.
	 *
	 * @param account whose crawl
	 * @param pages pages read
	 * @param forms distinct forms sent (twice each)
	 * @param pagesLeft pages left unread by the cap
	 * @param formsLeft forms left unsent by the cap
	 * @param took how long it took
	 */
	record Summary(String account, int pages, int forms, int pagesLeft, int formsLeft, Duration took) {

		@Override
		public String toString() {
			return "%s: %d pages, %d forms (%d pages and %d forms over the cap) in %.1f s".formatted(this.account,
					this.pages, this.forms, this.pagesLeft, this.formsLeft, this.took.toMillis() / 1000.0);
		}

	}

}
