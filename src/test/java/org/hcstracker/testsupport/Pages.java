package org.hcstracker.testsupport;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URL;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

import org.htmlunit.BrowserVersion;
import org.htmlunit.Page;
import org.htmlunit.WebClient;
import org.htmlunit.WebResponse;
import org.htmlunit.html.DomElement;
import org.htmlunit.html.HtmlCheckBoxInput;
import org.htmlunit.html.HtmlRadioButtonInput;
import org.htmlunit.html.HtmlElement;
import org.htmlunit.html.HtmlFileInput;
import org.htmlunit.html.HtmlInput;
import org.htmlunit.html.HtmlPage;
import org.htmlunit.html.HtmlSelect;
import org.htmlunit.html.HtmlTextArea;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

import org.springframework.test.context.junit.jupiter.SpringExtension;

/**
 * A person's journey through the pages without a browser: the running application's pages
 * read and its forms filled in and sent as a browser sends them (HtmlUnit, scripts off,
 * which the pages work without), by the same labels, button texts and link texts as
 * {@link Browser}. For journeys whose checks are the pages' content and the rules behind
 * them; what only a browser can show (keyboard, focus, layout, accessibility) stays with
 * {@link Browser}.
 */
public final class Pages implements BeforeEachCallback, AfterEachCallback {

	private static WebClient client;

	private static String baseUrl = "";

	private static HtmlPage page;

	@Override
	public void beforeEach(ExtensionContext context) {
		String port = SpringExtension.getApplicationContext(context).getEnvironment().getProperty("local.server.port");
		baseUrl = "http://localhost:" + port;
		client = new WebClient(BrowserVersion.CHROME);
		client.getOptions().setJavaScriptEnabled(false);
		client.getOptions().setCssEnabled(false);
		client.getOptions().setThrowExceptionOnFailingStatusCode(false);
		client.getOptions().setPrintContentOnFailingStatusCode(false);
		page = null;
	}

	@Override
	public void afterEach(ExtensionContext context) {
		client.close();
	}

	/**
	 * Opens a page by its address.
	 * @param path the path, such as {@code /login}
	 */
	public static void visit(String path) {
		show(load(path));
	}

	/**
	 * Opens an address of the application given in full, such as a link passed on by
	 * email.
	 * @param url the full address
	 */
	public static void open(String url) {
		URI uri = URI.create(url);
		visit(uri.getRawPath() + ((uri.getRawQuery() != null) ? "?" + uri.getRawQuery() : ""));
	}

	public static void signIn(String email, String password) {
		visit("/login");
		fillIn("Email address", email);
		fillIn("Password", password);
		press("Sign in");
	}

	public static void signOut() {
		press("Sign out");
	}

	/**
	 * Types into the field with the given label, in place of what it held.
	 * @param label the label's text
	 * @param value what to type
	 */
	public static void fillIn(String label, String value) {
		HtmlElement field = field(label);
		if (field instanceof HtmlTextArea area) {
			area.setText(value);
		}
		else {
			((HtmlInput) field).setValue(value);
		}
	}

	/**
	 * Enters a date into the date field with the given label.
	 * @param label the label's text
	 * @param date the date
	 */
	public static void fillInDate(String label, LocalDate date) {
		((HtmlInput) field(label)).setValue(date.toString());
	}

	/**
	 * Chooses an option, by its text, in the select box with the given label.
	 * @param label the label's text
	 * @param option the option's text
	 */
	public static void choose(String label, String option) {
		HtmlSelect select = (HtmlSelect) field(label);
		select.setSelectedAttribute(select.getOptionByText(option), true);
	}

	/**
	 * Ticks the checkbox with the given label.
	 * @param label the label's text
	 */
	public static void check(String label) {
		((HtmlCheckBoxInput) field(label)).setChecked(true);
	}

	/**
	 * Ticks every radio button or checkbox with the given label, such as "Done" for each
	 * action of the review before.
	 * @param label the labels' text
	 */
	public static void checkEach(String label) {
		List<DomElement> labels = current().getByXPath("//label[normalize-space()=" + quoted(label) + "]");
		if (labels.isEmpty()) {
			throw new AssertionError("No label " + label + " on " + path() + ":\n" + pageText());
		}
		for (DomElement each : labels) {
			DomElement field = current().getElementById(each.getAttribute("for"));
			if (!(field instanceof HtmlRadioButtonInput) && !(field instanceof HtmlCheckBoxInput)) {
				throw new AssertionError("The label " + label + " names no radio button or checkbox on " + path());
			}
			((HtmlInput) field).setChecked(true);
		}
	}

	/**
	 * Chooses files in the file field with the given label, in place of any chosen
	 * before.
	 * @param label the label's text
	 * @param files the files
	 */
	public static void attach(String label, Path... files) {
		((HtmlFileInput) field(label)).setFiles(Arrays.stream(files).map(Path::toFile).toArray(File[]::new));
	}

	/**
	 * What a field holds, such as a link to pass on in a read-only field.
	 * @param label the label's text
	 * @return the field's value
	 */
	public static String valueOf(String label) {
		return ((HtmlInput) field(label)).getValue();
	}

	/**
	 * Presses the button with the given text, sending its form.
	 * @param text the button's text
	 */
	public static void press(String text) {
		click(only("//button[normalize-space()=" + quoted(text) + "]", "button " + text));
	}

	/**
	 * Follows the link with the given text.
	 * @param text the link's text
	 */
	public static void follow(String text) {
		click(only("//a[normalize-space()=" + quoted(text) + "]", "link " + text));
	}

	/**
	 * Follows the first link whose text starts as given, such as one that ends with a
	 * date.
	 * @param start the start of the link's text
	 */
	public static void followStartingWith(String start) {
		click(only("//a[starts-with(normalize-space(), " + quoted(start) + ")]", "link starting " + start));
	}

	/**
	 * Fetches an address with the signed-in person's session without leaving the page:
	 * for files, which a browser saves rather than shows.
	 * @param path the address
	 * @return the status and content type, such as "200 application/pdf"
	 */
	public static String fetch(String path) {
		WebResponse response = load(path).getWebResponse();
		return response.getStatusCode() + " " + response.getResponseHeaderValue("Content-Type");
	}

	/**
	 * The address a link leads to.
	 * @param text the link's text
	 * @return the address, without the server
	 */
	public static String linkTo(String text) {
		return only("//a[normalize-space()=" + quoted(text) + "]", "link " + text).getAttribute("href");
	}

	public static String heading() {
		return only("//h1", "heading").asNormalizedText();
	}

	/**
	 * The text of the page as shown, one line per block, table cells apart by a space.
	 * @return the text
	 */
	public static String pageText() {
		return current().asNormalizedText().replace('\t', ' ');
	}

	/**
	 * The text of each body row of the page's tables, in order, cells apart by a space.
	 * @return the rows' text
	 */
	public static List<String> tableRows() {
		return current().<DomElement>getByXPath("//table/tbody/tr")
			.stream()
			.map((row) -> java.util.stream.StreamSupport.stream(row.getChildElements().spliterator(), false)
				.map(DomElement::asNormalizedText)
				.collect(Collectors.joining(" ")))
			.toList();
	}

	/**
	 * The current page's status code, such as 404 for a page that is not there.
	 * @return the status code
	 */
	public static int status() {
		return current().getWebResponse().getStatusCode();
	}

	/**
	 * The current page as the server sent it.
	 * @return the page's source
	 */
	public static String source() {
		return current().getWebResponse().getContentAsString();
	}

	public static String path() {
		URL url = current().getUrl();
		return url.getPath() + ((url.getQuery() != null) ? "?" + url.getQuery() : "");
	}

	/**
	 * The field a label names.
	 * @param label the label's text
	 * @return the field
	 */
	public static HtmlElement field(String label) {
		DomElement element = only("//label[normalize-space()=" + quoted(label) + "]", "label " + label);
		String id = element.getAttribute("for");
		DomElement field = current().getElementById(id);
		if (field == null) {
			throw new AssertionError("No field with the id " + id + " of the label " + label + " on " + path());
		}
		return (HtmlElement) field;
	}

	private static DomElement only(String xpath, String what) {
		DomElement element = current().getFirstByXPath(xpath);
		if (element == null) {
			throw new AssertionError("No " + what + " on " + path() + ":\n" + pageText());
		}
		return element;
	}

	private static void click(DomElement element) {
		try {
			show(element.click());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static Page load(String path) {
		try {
			return client.getPage(baseUrl + path);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static void show(Page next) {
		if (!(next instanceof HtmlPage html)) {
			throw new AssertionError(
					"Not a page but " + next.getWebResponse().getContentType() + " at " + next.getUrl());
		}
		page = html;
	}

	private static HtmlPage current() {
		if (page == null) {
			throw new IllegalStateException("No page open yet");
		}
		return page;
	}

	private static String quoted(String text) {
		return text.contains("'") ? "\"" + text + "\"" : "'" + text + "'";
	}

}
