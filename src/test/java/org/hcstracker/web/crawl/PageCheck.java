package org.hcstracker.web.crawl;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.function.IntPredicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;

/**
 * The checks on every answer the crawl gets: no server error, and on HTML pages no
 * message Thymeleaf could not resolve ({@code ??key_en_GB??}) and no message key shown as
 * text (in text, the page title, or the attributes people read or hear). Problems are
 * gathered, each with who met it, how and where, to be reported all at once.
 */
final class PageCheck {

	/** What Thymeleaf shows for a message it cannot resolve. */
	private static final Pattern UNRESOLVED = Pattern.compile("\\?\\?[^?<>\"]{0,120}\\?\\?");

	/**
	 * Something shaped like a message key: a lower-case word and one or more dotted
	 * parts, not inside a word, an address or a file path.
	 */
	private static final Pattern KEY_LIKE = Pattern
		.compile("(?<![\\w.@/\\\\-])([a-z][A-Za-z0-9_]*)((?:\\.[A-Za-z0-9_]+)+)(?![\\w@/\\\\-])");

	private static final Pattern EMAIL_OR_URL = Pattern.compile("[^\\s@]+@\\S+|https?://\\S+|www\\.\\S+");

	private static final Set<String> FILE_EXTENSIONS = Set.of("pdf", "doc", "docx", "xls", "xlsx", "csv", "txt", "png",
			"jpg", "jpeg", "gif", "heic", "m4a", "mp3", "mp4", "mov", "zip", "odt");

	private static final String READABLE_ATTRIBUTES = "title, alt, placeholder, aria-label, aria-description";

	private final Set<String> keyPrefixes;

	private final List<String> problems = new ArrayList<>();

	private PageCheck(Set<String> keyPrefixes) {
		this.keyPrefixes = keyPrefixes;
	}

	/**
	 * A check that knows the first parts of the application's message keys, so that text
	 * such as "progressReview.apprenticeNotActive" is caught as well as anything with
	 * three dotted parts.
	 * @param messages the messages file
	 * @return the check
	 */
	static PageCheck withMessagesOf(Path messages) {
		Properties properties = new Properties();
		try (InputStream in = Files.newInputStream(messages)) {
			properties.load(in);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return new PageCheck(properties.stringPropertyNames()
			.stream()
			.filter((key) -> key.contains("."))
			.map((key) -> key.substring(0, key.indexOf('.')))
			.collect(Collectors.toSet()));
	}

	/**
	 * Checks an answer for a server error, or a method not allowed (the application's own
	 * links and redirects never lead to an address that answers only to a form), and, if
	 * HTML, for raw message keys.
	 * @param who whose request
	 * @param how the method and what led to it
	 * @param path the address
	 * @param answer the answer
	 */
	void answer(String who, String how, String path, CrawlClient.Answer answer) {
		answer(who, how, path, answer, (status) -> status < 500 && status != 405);
	}

	/**
	 * Checks an answer for an unexpected status and, if HTML, for raw message keys.
	 * @param who whose request
	 * @param how the method and what led to it
	 * @param path the address
	 * @param answer the answer
	 * @param expected which statuses are fine
	 */
	void answer(String who, String how, String path, CrawlClient.Answer answer, IntPredicate expected) {
		String where = who + " " + how + " " + path + " -> " + answer.status();
		if (!expected.test(answer.status())) {
			this.problems.add(where + ": unexpected status");
		}
		if (answer.isHtml()) {
			rawKeysIn(answer.body()).forEach((key) -> this.problems.add(where + ": raw message key " + key));
		}
	}

	/**
	 * The raw message keys in a page.
	 * @param html the page
	 * @return each one found, once
	 */
	Set<String> rawKeysIn(String html) {
		Set<String> found = new LinkedHashSet<>();
		Matcher unresolved = UNRESOLVED.matcher(html);
		while (unresolved.find()) {
			found.add(unresolved.group());
		}
		if (found.isEmpty() && html.contains("??")) {
			int at = html.indexOf("??");
			found.add("near \"" + html.substring(Math.max(0, at - 40), Math.min(html.length(), at + 40)) + "\"");
		}
		Document document = Jsoup.parse(UNRESOLVED.matcher(html).replaceAll(" "));
		keyLike(document.title(), found);
		for (Element element : document.body().getAllElements()) {
			for (TextNode text : element.textNodes()) {
				keyLike(text.text(), found);
			}
		}
		for (Element element : document.select("[title], [alt], [placeholder], [aria-label], [aria-description]")) {
			for (String attribute : READABLE_ATTRIBUTES.split(", ")) {
				keyLike(element.attr(attribute), found);
			}
		}
		for (Element button : document.select("input[type=submit][value], input[type=button][value]")) {
			keyLike(button.attr("value"), found);
		}
		return found;
	}

	private void keyLike(String text, Set<String> found) {
		if (text == null || text.indexOf('.') < 0) {
			return;
		}
		String words = (text.indexOf('@') >= 0 || text.contains("://") || text.contains("www."))
				? EMAIL_OR_URL.matcher(text).replaceAll(" ") : text;
		Matcher matcher = KEY_LIKE.matcher(words);
		while (matcher.find()) {
			String first = matcher.group(1);
			String[] rest = matcher.group(2).substring(1).split("\\.");
			String last = rest[rest.length - 1].toLowerCase();
			if (FILE_EXTENSIONS.contains(last)) {
				continue;
			}
			if (this.keyPrefixes.contains(first) || rest.length >= 2) {
				found.add(matcher.group());
			}
		}
	}

	/**
	 * Every problem found so far.
	 * @return the problems, in the order found
	 */
	List<String> problems() {
		return List.copyOf(this.problems);
	}

}
