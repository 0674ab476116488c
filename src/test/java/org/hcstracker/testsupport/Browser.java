package org.hcstracker.testsupport;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.extension.AfterTestExecutionCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.springframework.test.context.junit.jupiter.SpringExtension;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A real, headless Chromium (Debian's {@code chromium} and {@code chromium-driver})
 * shared by the browser tests of one run, and the way tests use it: as a person does, by
 * labels, button texts and headings, with axe-core checking every page visited for
 * serious or critical WCAG 2.2 AA violations.
 *
 * <p>
 * On CI ({@code CI=true}) a missing browser fails the tests; elsewhere they are skipped
 * with a message saying how to install it. A failing test leaves a screenshot under
 * {@code target/browser-screenshots/}. {@code CHROMIUM_BINARY} and {@code CHROMEDRIVER}
 * point at other installations.
 */
public final class Browser implements BeforeAllCallback, BeforeEachCallback, AfterTestExecutionCallback {

	private static final String CHROMIUM = env("CHROMIUM_BINARY", "/usr/bin/chromium");

	private static final String CHROMEDRIVER = env("CHROMEDRIVER", "/usr/bin/chromedriver");

	private static final List<String> AXE_TAGS = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa");

	/**
	 * The WCAG 2.2 AA rules, reporting each violation in full and the rest by one example
	 * each: the passes of a long list would otherwise cross from the browser and be read
	 * for every element, which is most of a check's time.
	 */
	private static final java.util.Map<String, Object> AXE_OPTIONS = java.util.Map.of("runOnly",
			java.util.Map.of("type", "tag", "values", AXE_TAGS), "resultTypes", List.of("violations"), "iframes",
			false);

	private static final Path SCREENSHOTS = Path.of("target", "browser-screenshots");

	private static WebDriver driver;

	/**
	 * The shapes of page ({@link #fingerprint}) axe has passed in this run, whichever
	 * test class met them first: every browser test class of the run shares this browser.
	 */
	private static final java.util.Set<String> CHECKED_PAGES = new java.util.HashSet<>();

	/** The shapes of page that have fitted a screen 320 px wide in this run. */
	private static final java.util.Set<String> NARROW_PAGES = new java.util.HashSet<>();

	private static final java.util.regex.Pattern CSRF_TOKEN = java.util.regex.Pattern
		.compile("(name=\"_csrf\" value=\"|_csrf=)[^\"&]*");

	/** A run of text between two tags that is more than white space. */
	private static final java.util.regex.Pattern TEXT = java.util.regex.Pattern.compile(">[^<]*[^<\\s][^<]*<");

	/** Table rows alike in shape, one after another. */
	private static final java.util.regex.Pattern ALIKE_ROWS = java.util.regex.Pattern
		.compile("(<tr\\b(?:(?!<tr\\b).)*?</tr>)(?:\\s*\\1)+", java.util.regex.Pattern.DOTALL);

	private static String baseUrl = "";

	private static int visits;

	private static final java.util.Set<Integer> DOCUMENTS = new java.util.HashSet<>();

	private static long checkNanos;

	private static long narrowNanos;

	private static long axeRunMillis;

	private static long pageNanos;

	private static long layoutNanos;

	private static long keyboardNanos;

	private static boolean narrowScreens;

	/** The narrowest screen every page must fit without scrolling sideways. */
	private static final int NARROW_WIDTH = 320;

	// --- JUnit extension
	// --------------------------------------------------------------------

	@Override
	public void beforeAll(ExtensionContext context) {
		boolean installed = new File(CHROMIUM).canExecute() && new File(CHROMEDRIVER).canExecute();
		if (!installed) {
			String message = "Browser tests need Chromium and ChromeDriver at " + CHROMIUM + " and " + CHROMEDRIVER
					+ ". Install them with: sudo apt-get install -y chromium chromium-driver";
			if ("true".equalsIgnoreCase(System.getenv("CI"))) {
				throw new IllegalStateException(message + " (on CI the browser tests must run)");
			}
			Assumptions.abort(message);
		}
	}

	@Override
	public void beforeEach(ExtensionContext context) {
		String port = SpringExtension.getApplicationContext(context).getEnvironment().getProperty("local.server.port");
		baseUrl = "http://localhost:" + port;
		narrowScreens = false;
		driver().manage().deleteAllCookies();
	}

	@Override
	public void afterTestExecution(ExtensionContext context) throws IOException {
		if (context.getExecutionException().isPresent() && driver != null) {
			Files.createDirectories(SCREENSHOTS);
			File shot = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE);
			String name = context.getRequiredTestClass().getSimpleName() + "."
					+ context.getDisplayName().replaceAll("[^A-Za-z0-9_.-]+", "_") + ".png";
			Files.copy(shot.toPath(), SCREENSHOTS.resolve(name), StandardCopyOption.REPLACE_EXISTING);
		}
	}

	// --- The browser
	// ------------------------------------------------------------------------

	private static synchronized WebDriver driver() {
		if (driver == null) {
			driver = start();
			Runtime.getRuntime().addShutdownHook(new Thread(driver::quit));
			Runtime.getRuntime().addShutdownHook(new Thread(Browser::reportChecks));
		}
		return driver;
	}

	private static WebDriver start() {
		try {
			Path profile = Files.createTempDirectory("hcs-chromium-");
			ChromeOptions options = new ChromeOptions();
			options.setBinary(CHROMIUM);
			options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
					"--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
					"--window-size=1280,900", "--autoplay-policy=no-user-gesture-required", "--mute-audio",
					"--user-data-dir=" + profile);
			ChromeDriverService service = new ChromeDriverService.Builder()
				.usingDriverExecutable(new File(CHROMEDRIVER))
				.build();
			ChromeDriver chrome = new ChromeDriver(service, options);
			chrome.manage().timeouts().implicitlyWait(Duration.ofSeconds(2));
			return chrome;
		}
		catch (IOException ex) {
			throw new IllegalStateException("Cannot make a Chromium profile directory", ex);
		}
	}

	// --- What a person does
	// -----------------------------------------------------------------

	/**
	 * Opens a page by its address, as when a link is followed or an address typed.
	 * @param path the path, such as {@code /login}
	 */
	public static void visit(String path) {
		load(path);
		assertAccessible();
	}

	/**
	 * Types into the field with the given label.
	 * @param label the label's text
	 * @param value what to type
	 */
	public static void fillIn(String label, String value) {
		WebElement field = field(label);
		field.clear();
		field.sendKeys(value);
	}

	/**
	 * Enters a date into the date field with the given label. The field's own picker is
	 * browser furniture whose typing order follows the browser's locale, so the date is
	 * set as the picker would set it.
	 * @param label the label's text
	 * @param date the date
	 */
	public static void fillInDate(String label, java.time.LocalDate date) {
		setDate(field(label), date);
	}

	private static void setDate(WebElement input, java.time.LocalDate date) {
		((org.openqa.selenium.JavascriptExecutor) driver()).executeScript("arguments[0].value = arguments[1];"
				+ "arguments[0].dispatchEvent(new Event('input', {bubbles: true}));"
				+ "arguments[0].dispatchEvent(new Event('change', {bubbles: true}));", input, date.toString());
	}

	/**
	 * Ticks the checkbox with the given label, if it is not ticked yet.
	 * @param label the label's text
	 */
	public static void check(String label) {
		WebElement box = field(label);
		if (!box.isSelected()) {
			click(box);
		}
	}

	/**
	 * Chooses files in the file field with the given label, in place of any chosen
	 * before.
	 * @param label the label's text
	 * @param files the files
	 */
	public static void attach(String label, Path... files) {
		field(label).clear();
		field(label).sendKeys(java.util.Arrays.stream(files)
			.map((file) -> file.toAbsolutePath().toString())
			.collect(java.util.stream.Collectors.joining("\n")));
	}

	/**
	 * What a field shows, such as a link to pass on in a read-only field.
	 * @param label the label's text
	 * @return the field's value
	 */
	public static String valueOf(String label) {
		return field(label).getDomProperty("value");
	}

	/**
	 * Opens a page by its address without checking it: for a page of a kind already
	 * checked, whose layout alone the caller checks.
	 * @param path the path, such as {@code /coach}
	 */
	public static void load(String path) {
		long start = System.nanoTime();
		driver().get(baseUrl + path);
		pageNanos += System.nanoTime() - start;
	}

	/**
	 * Opens an address of the application given in full, such as a link passed on by
	 * email.
	 * @param url the full address
	 */
	public static void open(String url) {
		java.net.URI uri = java.net.URI.create(url);
		visit(uri.getRawPath() + ((uri.getRawQuery() != null) ? "?" + uri.getRawQuery() : ""));
	}

	/**
	 * The field a label names.
	 * @param label the label's text
	 * @return the field
	 */
	public static WebElement field(String label) {
		WebElement element = driver().findElement(By.xpath("//label[normalize-space()=" + quoted(label) + "]"));
		return driver().findElement(By.id(element.getDomAttribute("for")));
	}

	/**
	 * Chooses an option, by its text, in the select box with the given label.
	 * @param label the label's text
	 * @param option the option's text
	 */
	public static void choose(String label, String option) {
		new org.openqa.selenium.support.ui.Select(field(label)).selectByVisibleText(option);
	}

	/**
	 * Presses the button with the given text and checks the page it leads to.
	 * @param text the button's text
	 */
	public static void press(String text) {
		navigateBy(driver().findElement(By.xpath("//button[normalize-space()=" + quoted(text) + "]")));
		assertAccessible();
	}

	/**
	 * Follows the link with the given text and checks the page it leads to.
	 * @param text the link's text
	 */
	public static void follow(String text) {
		navigateBy(driver().findElement(By.xpath("//a[normalize-space()=" + quoted(text) + "]")));
		assertAccessible();
	}

	/**
	 * Follows the first link whose text starts as given, such as one that ends with a
	 * date, and checks the page it leads to.
	 * @param start the start of the link's text
	 */
	public static void followStartingWith(String start) {
		navigateBy(driver().findElement(By.xpath("//a[starts-with(normalize-space(), " + quoted(start) + ")]")));
		assertAccessible();
	}

	/**
	 * Presses the first button whose text starts as given, such as one that ends with a
	 * count, and checks the page it leads to.
	 * @param start the start of the button's text
	 */
	public static void pressStartingWith(String start) {
		navigateBy(driver().findElement(By.xpath("//button[starts-with(normalize-space(), " + quoted(start) + ")]")));
		assertAccessible();
	}

	/**
	 * Clicks the radio button or checkbox with the given label inside the group (a
	 * fieldset) whose legend starts as given, as a person picks one answer of several
	 * alike.
	 * @param legend the start of the group's legend
	 * @param label the option's label
	 */
	public static void chooseIn(String legend, String label) {
		click(driver().findElement(By.xpath(inGroup(legend) + "//label[normalize-space()=" + quoted(label) + "]")));
	}

	/**
	 * Enters a date into the date field with the given label inside the group whose
	 * legend starts as given.
	 * @param legend the start of the group's legend
	 * @param label the field's label
	 * @param date the date
	 */
	public static void fillInDateIn(String legend, String label, java.time.LocalDate date) {
		WebElement labelled = driver()
			.findElement(By.xpath(inGroup(legend) + "//label[normalize-space()=" + quoted(label) + "]"));
		setDate(driver().findElement(By.id(labelled.getDomAttribute("for"))), date);
	}

	private static String inGroup(String legend) {
		return "//fieldset[legend[starts-with(normalize-space(), " + quoted(legend) + ")]]";
	}

	/**
	 * How many pages the browser prints the page on, on A4 as its print style sheet lays
	 * it out.
	 * @return the number of printed pages
	 */
	public static int printedPages() {
		org.openqa.selenium.Pdf pdf = ((org.openqa.selenium.PrintsPage) driver())
			.print(new org.openqa.selenium.print.PrintOptions());
		String content = new String(java.util.Base64.getDecoder().decode(pdf.getContent()),
				java.nio.charset.StandardCharsets.ISO_8859_1);
		return (int) java.util.regex.Pattern.compile("/Type\\s*/Page(?!s)").matcher(content).results().count();
	}

	/**
	 * Fetches an address with the signed-in person's session, as following a link would,
	 * without leaving the page: for files, which a browser saves rather than shows.
	 * @param path the address
	 * @return the status and content type, such as "200 application/pdf"
	 */
	public static String fetch(String path) {
		Object result = ((org.openqa.selenium.JavascriptExecutor) driver())
			.executeAsyncScript("var done = arguments[arguments.length - 1];"
					+ "fetch(arguments[0]).then(function (r) { done(r.status + ' ' + r.headers.get('Content-Type')); })"
					+ ".catch(function (e) { done('failed ' + e); });", path);
		return String.valueOf(result);
	}

	/**
	 * The address a link leads to.
	 * @param text the link's text
	 * @return the address, without the server
	 */
	public static String linkTo(String text) {
		String href = driver().findElement(By.xpath("//a[normalize-space()=" + quoted(text) + "]"))
			.getDomAttribute("href");
		return href;
	}

	/**
	 * Whether every image on the page has loaded and has a size.
	 * @return the number of images shown
	 */
	public static long imagesShown() {
		Object shown = ((org.openqa.selenium.JavascriptExecutor) driver())
			.executeScript("return Array.prototype.filter.call(document.images, function (i) {"
					+ " return i.complete && i.naturalWidth > 0; }).length;");
		return ((Number) shown).longValue();
	}

	/**
	 * The text of each body row of the page's tables, in order.
	 * @return the rows' text
	 */
	public static java.util.List<String> tableRows() {
		return driver().findElements(By.cssSelector("table tbody tr")).stream().map(WebElement::getText).toList();
	}

	/**
	 * Clicks a link or button that leads to another page, and waits until that page has
	 * replaced the one clicked on, or until a script of the page has stopped its form
	 * from being sent (a link within the page leads nowhere to wait for).
	 * @param element the link or button
	 */
	private static void navigateBy(WebElement element) {
		long start = System.nanoTime();
		String href = element.getDomAttribute("href");
		markPage();
		click(element);
		awaitPage(href);
		pageNanos += System.nanoTime() - start;
	}

	private static void markPage() {
		((org.openqa.selenium.JavascriptExecutor) driver()).executeScript("window.hcsLeft = true;"
				+ "window.hcsStopped = false; document.addEventListener('submit', function (event) {"
				+ " setTimeout(function () { window.hcsStopped = event.defaultPrevented; }, 0); });");
	}

	private static void awaitPage(@org.jspecify.annotations.Nullable String href) {
		if (href != null && href.startsWith("#")) {
			return;
		}
		new org.openqa.selenium.support.ui.WebDriverWait(driver(), Duration.ofSeconds(30))
			.pollingEvery(Duration.ofMillis(100))
			.ignoring(org.openqa.selenium.WebDriverException.class)
			.until((browser) -> Boolean.TRUE.equals(((org.openqa.selenium.JavascriptExecutor) browser)
				.executeScript("return (window.hcsLeft === undefined && document.readyState === 'complete')"
						+ " || window.hcsStopped === true;")));
	}

	private static void click(WebElement element) {
		((org.openqa.selenium.JavascriptExecutor) driver())
			.executeScript("arguments[0].scrollIntoView({block: 'center', behavior: 'instant'});", element);
		element.click();
	}

	/**
	 * Plays the sound or video with the given accessible name, as its play button would,
	 * and says how far it got: the seconds played once the player has moved on, or the
	 * error the browser gave.
	 * @param name the player's accessible name (its {@code aria-label})
	 * @return the seconds played, such as {@code "0.25"}, or the error
	 */
	public static String play(String name) {
		WebElement player = driver()
			.findElement(By.xpath("//*[(self::audio or self::video) and @aria-label=" + quoted(name) + "]"));
		Object played = ((org.openqa.selenium.JavascriptExecutor) driver()).executeAsyncScript(
				"""
						var player = arguments[0], done = arguments[arguments.length - 1];
						var timer = setTimeout(function () { done('not playing after 10 s: ' + player.currentTime); }, 10000);
						player.addEventListener('timeupdate', function () {
							if (player.currentTime > 0) { clearTimeout(timer); player.pause(); done(String(player.currentTime)); }
						});
						player.addEventListener('error', function () {
							clearTimeout(timer); done('error ' + (player.error ? player.error.code : ''));
						});
						player.play().catch(function (fault) { clearTimeout(timer); done(String(fault)); });
						""",
				player);
		return String.valueOf(played);
	}

	/**
	 * The page's title, as the browser's tab shows it.
	 * @return the title
	 */
	public static String title() {
		return driver().getTitle();
	}

	/**
	 * The id of the element that has the keyboard focus.
	 * @return its id, empty when it has none
	 */
	public static String focusedId() {
		String id = driver().switchTo().activeElement().getDomAttribute("id");
		return (id != null) ? id : "";
	}

	/**
	 * Whether the element with the given id is wholly inside the window as it is scrolled
	 * now, so that a person sees it without scrolling.
	 * @param id the element's id
	 * @return whether it is in view
	 */
	public static boolean inView(String id) {
		Object inside = ((org.openqa.selenium.JavascriptExecutor) driver())
			.executeScript("var e = document.getElementById(arguments[0]); if (!e) { return false; }"
					+ "var r = e.getBoundingClientRect();"
					+ "return r.height > 0 && r.top >= 0 && r.left >= 0 && r.bottom <= window.innerHeight"
					+ " && r.right <= document.documentElement.clientWidth;", id);
		return Boolean.TRUE.equals(inside);
	}

	/**
	 * Shows pages on a screen of the given size, as a phone would, until
	 * {@link #fullWindow()}.
	 * @param width the screen's width in CSS pixels
	 * @param height its height
	 */
	public static void screen(int width, int height) {
		((ChromeDriver) driver()).executeCdpCommand("Emulation.setDeviceMetricsOverride",
				java.util.Map.of("width", width, "height", height, "deviceScaleFactor", 1, "mobile", true));
	}

	/**
	 * Shows pages in the whole browser window again, after {@link #screen(int, int)}.
	 */
	public static void fullWindow() {
		((ChromeDriver) driver()).executeCdpCommand("Emulation.clearDeviceMetricsOverride", java.util.Map.of());
	}

	/**
	 * Changes the page shown by a script, as a fault in the page would: for the tests of
	 * these checks themselves.
	 * @param script the script
	 */
	static void change(String script) {
		((org.openqa.selenium.JavascriptExecutor) driver()).executeScript(script);
	}

	public static String heading() {
		return driver().findElement(By.tagName("h1")).getText();
	}

	public static String pageText() {
		return driver().findElement(By.tagName("body")).getText();
	}

	public static String pageSource() {
		return driver().getPageSource();
	}

	public static String path() {
		return driver().getCurrentUrl().substring(baseUrl.length());
	}

	/**
	 * What has keyboard focus after pressing Tab from the top of the page.
	 * @return the element first reached by the keyboard
	 */
	public static WebElement firstTabStop() {
		driver().findElement(By.tagName("body")).sendKeys(org.openqa.selenium.Keys.TAB);
		return driver().switchTo().activeElement();
	}

	/**
	 * The same-site pages the current page links to, as paths with their query.
	 * @return the links' paths, in the order of the page
	 */
	public static List<String> linksOnPage() {
		Object hrefs = ((org.openqa.selenium.JavascriptExecutor) driver())
			.executeScript("return Array.prototype.map.call(document.querySelectorAll('a[href]'), function (a) {"
					+ " return a.origin === location.origin ? a.pathname + a.search : ''; });");
		return ((List<?>) hrefs).stream().map(String::valueOf).filter((href) -> !href.isEmpty()).toList();
	}

	/**
	 * What a person would have to scroll sideways to see on screens of the given widths:
	 * the page wider than the screen, and in each list its first row's status and risk
	 * badges and first action beyond the screen's or the list's visible edge, or the list
	 * wider than the space the page gives it.
	 * @param widths the screens' widths in CSS pixels
	 * @return for each width in turn, what is out of reach, and how many badges and
	 * actions were in reach
	 */
	public static List<Reach> reachAt(int... widths) {
		long start = System.nanoTime();
		ChromeDriver chrome = (ChromeDriver) driver();
		try {
			List<Reach> reaches = new java.util.ArrayList<>();
			for (int width : widths) {
				chrome.executeCdpCommand("Emulation.setDeviceMetricsOverride",
						java.util.Map.of("width", width, "height", 844, "deviceScaleFactor", 1, "mobile", width < 576));
				reaches.add(reach(chrome));
			}
			return reaches;
		}
		finally {
			chrome.executeCdpCommand("Emulation.clearDeviceMetricsOverride", java.util.Map.of());
			layoutNanos += System.nanoTime() - start;
		}
	}

	private static Reach reach(ChromeDriver chrome) {
		Object lines = chrome.executeScript("var d = document.documentElement, w = d.clientWidth, out = [];"
				+ "if (d.scrollWidth > w + 1) { out.push('the page is ' + d.scrollWidth + ' px wide'); }"
				+ "document.querySelectorAll('table').forEach(function (t) {" + " if (t.offsetWidth === 0) { return; }"
				+ " var name = t.caption ? t.caption.textContent.trim() : 'a table', box = t.parentElement;"
				+ " var wide = box.classList.contains('table-responsive') ? box.scrollWidth : t.offsetWidth;"
				+ " if (wide > box.clientWidth + 1) {"
				+ "  out.push(name + ': ' + wide + ' px in ' + box.clientWidth + ' px'); }"
				+ " var row = t.querySelector('tbody tr'); if (!row) { return; }"
				+ " var edge = Math.min(w, box.getBoundingClientRect().right) + 1;"
				+ " var items = Array.prototype.slice.call(row.querySelectorAll('.status-badge'));"
				+ " var action = row.querySelector('a, button'); if (action) { items.push(action); }"
				+ " items.forEach(function (e) { var r = e.getBoundingClientRect(); if (r.width === 0) { return; }"
				+ "  out.push((r.left >= 0 && r.right <= edge ? 'in reach: ' : name + ': off screen: ')"
				+ "   + e.textContent.trim()); }); });" + "return out;");
		List<String> all = ((List<?>) lines).stream().map(String::valueOf).toList();
		return new Reach(all.stream().filter((line) -> !line.startsWith("in reach: ")).toList(),
				(int) all.stream().filter((line) -> line.startsWith("in reach: ")).count());
	}

	/**
	 * What {@link #reachAt(int...)} found on one page at one width.
	 *
	 * @param outOfReach each thing a person would scroll sideways to see
	 * @param inReach how many badges and actions of lists' first rows were in reach
	 */
	public record Reach(List<String> outOfReach, int inReach) {
	}

	/**
	 * From now until the test ends, every page checked is also checked on a screen 320 px
	 * wide: it must fit without scrolling sideways.
	 */
	public static void checkNarrowScreensToo() {
		narrowScreens = true;
	}

	/**
	 * Presses Tab until the field with the given label has the focus, checking that the
	 * focus can be seen at every stop on the way.
	 * @param label the field's label
	 * @return the field, focused
	 */
	public static WebElement tabTo(String label) {
		return tabUntil(field(label));
	}

	/**
	 * Presses Tab until the button with the given text has the focus, checking that the
	 * focus can be seen at every stop on the way.
	 * @param text the button's text
	 * @return the button, focused
	 */
	public static WebElement tabToButton(String text) {
		return tabUntil(driver().findElement(By.xpath("//button[normalize-space()=" + quoted(text) + "]")));
	}

	/**
	 * Types on the keyboard into whatever has the focus.
	 * @param keys the keys
	 */
	public static void type(CharSequence... keys) {
		new org.openqa.selenium.interactions.Actions(driver()).sendKeys(keys).perform();
	}

	/**
	 * Chooses a file in the focused file field, as its dialog would once opened from the
	 * keyboard.
	 * @param file the file
	 */
	public static void chooseFile(Path file) {
		driver().switchTo().activeElement().sendKeys(file.toAbsolutePath().toString());
	}

	/**
	 * Types a date into the focused date field, digits only, in the order the browser's
	 * language shows the day, month and year.
	 * @param date the date
	 */
	public static void typeDate(java.time.LocalDate date) {
		Object order = ((org.openqa.selenium.JavascriptExecutor) driver())
			.executeScript("return new Intl.DateTimeFormat(navigator.language).formatToParts(new Date(2026, 10, 25))"
					+ ".filter(function (p) { return p.type !== 'literal'; }).map(function (p) { return p.type; })"
					+ ".join(',');");
		StringBuilder digits = new StringBuilder();
		for (String part : String.valueOf(order).split(",")) {
			digits.append(switch (part) {
				case "day" -> String.format("%02d", date.getDayOfMonth());
				case "month" -> String.format("%02d", date.getMonthValue());
				default -> String.valueOf(date.getYear());
			});
		}
		type(digits.toString());
	}

	/**
	 * Presses Enter on the focused button or link and checks the page it leads to.
	 */
	public static void pressEnter() {
		long start = System.nanoTime();
		String href = driver().switchTo().activeElement().getDomAttribute("href");
		markPage();
		type(org.openqa.selenium.Keys.ENTER);
		awaitPage(href);
		pageNanos += System.nanoTime() - start;
		assertAccessible();
	}

	private static WebElement tabUntil(WebElement target) {
		long start = System.nanoTime();
		try {
			for (int stop = 0; stop < 150; stop++) {
				WebElement focused = driver().switchTo().activeElement();
				if (focused.equals(target)) {
					return focused;
				}
				type(org.openqa.selenium.Keys.TAB);
				assertFocusVisible();
			}
			throw new AssertionError("The keyboard never reached " + target.getAttribute("outerHTML"));
		}
		finally {
			keyboardNanos += System.nanoTime() - start;
		}
	}

	/**
	 * Checks that the focused element shows it has the focus: an outline or a focus ring
	 * (box shadow). A ring that fades in (Bootstrap's form fields) is given the length of
	 * its transition, three seconds at most on a busy machine, to appear.
	 */
	private static void assertFocusVisible() {
		String visible = "";
		for (int look = 0; look < 30; look++) {
			visible = String.valueOf(((org.openqa.selenium.JavascriptExecutor) driver())
				.executeScript("var e = document.activeElement; if (!e || e === document.body) { return 'body'; }"
						+ "var s = getComputedStyle(e);"
						+ "var outline = s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) > 0;"
						+ "var ring = s.boxShadow && s.boxShadow !== 'none';"
						+ "return (outline || ring) ? 'yes' : e.outerHTML + ' (outline ' + s.outlineStyle + ' '"
						+ " + s.outlineWidth + ', shadow ' + s.boxShadow + ')';"));
			if ("yes".equals(visible) || "body".equals(visible)) {
				return;
			}
			sleep(100);
		}
		assertThat(visible).as("focus visible on " + driver().getCurrentUrl()).isIn("yes", "body");
	}

	private static void sleep(long millis) {
		try {
			Thread.sleep(millis);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	private static void assertFitsNarrowScreen() {
		ChromeDriver chrome = (ChromeDriver) driver();
		chrome.executeCdpCommand("Emulation.setDeviceMetricsOverride",
				java.util.Map.of("width", NARROW_WIDTH, "height", 800, "deviceScaleFactor", 1, "mobile", true));
		try {
			Object overflow = chrome.executeScript("var d = document.documentElement;"
					+ "return d.scrollWidth > d.clientWidth ? d.scrollWidth + ' px wide: ' + Array.prototype.filter"
					+ ".call(document.querySelectorAll('body *'), function (e) { var r = e.getBoundingClientRect();"
					+ " return r.right > d.clientWidth + 1 && !e.closest('.table-responsive'); })"
					+ ".slice(0, 3).map(function (e) { return e.tagName + '.' + e.className; }).join(', ') : '';");
			assertThat(String.valueOf(overflow)).as("scrolls sideways at 320 px: " + driver().getCurrentUrl())
				.isEmpty();
		}
		finally {
			chrome.executeCdpCommand("Emulation.clearDeviceMetricsOverride", java.util.Map.of());
		}
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
	 * Runs axe-core on the current page and fails on any serious or critical violation of
	 * WCAG 2.2 AA.
	 */
	public static void assertAccessible() {
		visits++;
		String html = String.valueOf(((org.openqa.selenium.JavascriptExecutor) driver())
			.executeScript("return document.documentElement.outerHTML;"));
		DOCUMENTS.add(CSRF_TOKEN.matcher(html).replaceAll("$1").hashCode());
		String shape = fingerprint(html);
		if (narrowScreens && NARROW_PAGES.add(shape)) {
			long start = System.nanoTime();
			try {
				assertFitsNarrowScreen();
			}
			finally {
				narrowNanos += System.nanoTime() - start;
			}
		}
		if (!CHECKED_PAGES.add(shape)) {
			return;
		}
		long start = System.nanoTime();
		try {
			checkPage();
		}
		finally {
			checkNanos += System.nanoTime() - start;
		}
	}

	private static void checkPage() {
		// The pages have no frames: axe runs in the page itself, without reaching into
		// frames.
		String found = String.valueOf(((org.openqa.selenium.JavascriptExecutor) driver()).executeAsyncScript(AXE_SCRIPT,
				AXE_OPTIONS, AxeScriptConfiguration.PATH));
		int ran = found.indexOf(' ');
		axeRunMillis += Long.parseLong(found.substring(0, ran));
		assertThat(found.substring(ran + 1)).as(() -> "accessibility violations on " + driver().getCurrentUrl())
			.isEmpty();
	}

	/**
	 * What the checks of a page depend on: the shape of its document as rendered (scripts
	 * run), not the data it shows. Each run of text counts only as there or not (an empty
	 * link or heading is a violation, another word in it is not), numbers are left out
	 * (ids in addresses, counts, dates) and so are the CSRF tokens, a run of alike table
	 * rows counts as one. A page met again with the same shape (the sign-in page after
	 * each sign-out, an apprentice's page for another apprentice in the same state) has
	 * passed already, in whichever test class met it first.
	 * @param html the document as rendered
	 * @return the fingerprint
	 */
	private static String fingerprint(String html) {
		String page = shape(html);
		try {
			byte[] digest = java.security.MessageDigest.getInstance("SHA-256")
				.digest(page.getBytes(java.nio.charset.StandardCharsets.UTF_8));
			return java.util.HexFormat.of().formatHex(digest);
		}
		catch (java.security.NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/**
	 * A document's shape: its markup with each run of text a mark, numbers and CSRF
	 * tokens left out, and each run of table rows alike in shape as one row.
	 * @param html the document
	 * @return its shape
	 */
	static String shape(String html) {
		String page = CSRF_TOKEN.matcher(html).replaceAll("$1");
		page = TEXT.matcher(page).replaceAll(">~<");
		page = page.replaceAll("\\d+", "0");
		return ALIKE_ROWS.matcher(page).replaceAll("$1");
	}

	/**
	 * Leaves in {@code target/browser-checks.txt} how many pages the run visited, how
	 * many of them were new shapes checked, and how long the checks took, beside the time
	 * spent loading pages, checking layouts at other widths and moving by keyboard: what
	 * the browser tests' time goes to.
	 */
	private static void reportChecks() {
		try {
			Files.createDirectories(Path.of("target"));
			Files.writeString(Path.of("target", "browser-checks.txt"),
					("pages visited %d, documents %d, shapes checked %d, checking took %d ms (axe itself %d ms);"
							+ " 320 px checks of %d shapes took %d ms, loading pages %d ms, widths %d ms, keyboard %d ms%n")
						.formatted(visits, DOCUMENTS.size(), CHECKED_PAGES.size(), checkNanos / 1_000_000, axeRunMillis,
								NARROW_PAGES.size(), narrowNanos / 1_000_000, pageNanos / 1_000_000,
								layoutNanos / 1_000_000, keyboardNanos / 1_000_000),
					java.nio.file.StandardOpenOption.CREATE, java.nio.file.StandardOpenOption.APPEND);
		}
		catch (IOException ex) {
			System.err.println("Could not write target/browser-checks.txt: " + ex.getMessage());
		}
	}

	/**
	 * Runs axe-core in the page, loading it first from the application
	 * ({@link AxeScriptConfiguration}) unless the page has it already, and answers how
	 * many milliseconds axe took in the page, a space, and the serious and critical
	 * violations, one a line with where they are, or nothing. One call to the browser,
	 * where the library's own builder makes a dozen and sends axe-core's half a megabyte
	 * each time.
	 */
	private static final String AXE_SCRIPT = """
			var options = arguments[0], done = arguments[arguments.length - 1];
			function run() {
				var start = performance.now();
				axe.run(document, options).then(function (results) {
					done(Math.round(performance.now() - start) + ' ' + results.violations.filter(function (rule) {
						return rule.impact === 'serious' || rule.impact === 'critical';
					}).map(function (rule) {
						return rule.impact + ' ' + rule.id + ': ' + rule.help + ' at ' + JSON.stringify(
							rule.nodes.map(function (node) { return node.target; }));
					}).join('\\n'));
				}, function (error) { done('0 axe failed: ' + error); });
			}
			if (window.axe) {
				run();
			}
			else {
				var script = document.createElement('script');
				script.src = arguments[1];
				script.onload = run;
				script.onerror = function () { done('0 axe-core did not load from ' + script.src); };
				document.head.appendChild(script);
			}
			""";

	private static String quoted(String text) {
		return text.contains("'") ? "\"" + text + "\"" : "'" + text + "'";
	}

	private static String env(String name, String fallback) {
		String value = System.getenv(name);
		return (value == null || value.isBlank()) ? fallback : value;
	}

}
