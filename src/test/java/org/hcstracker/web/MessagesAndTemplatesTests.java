package org.hcstracker.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * All user-facing text comes from messages.properties: templates hold no literal words,
 * and every message key that templates or code name exists.
 */
class MessagesAndTemplatesTests {

	private static final Path TEMPLATES = Path.of("src/main/resources/templates");

	private static final Path MAIN_JAVA = Path.of("src/main/java");

	/**
	 * Attributes people read or hear, which must not hold literal words: titles,
	 * alternative texts, placeholders, ARIA labels, and the values of input buttons.
	 */
	private static final Pattern READABLE_ATTRIBUTE = Pattern.compile(
			"\\s(?:title|alt|placeholder|aria-label)=\"([^\"]*)\"|<input[^>]*type=\"(?:submit|button|reset)\"[^>]*\\svalue=\"([^\"]*)\"");

	/** A tag, whose quoted attribute values may hold a ">". */
	private static final Pattern TAG = Pattern.compile("<(?:[^>\"']|\"[^\"]*\"|'[^']*')*>");

	private static final Pattern LITERAL_KEY = Pattern.compile("#\\{([A-Za-z0-9_.-]+)");

	/**
	 * A message key (it always holds a dot) given to a rule exception or a binding
	 * result.
	 */
	/**
	 * A message key in a Bean Validation constraint, such as message =
	 * "{enrolment.name.required}".
	 */
	private static final Pattern CONSTRAINT_KEY = Pattern.compile("message\\s*=\\s*\"\\{([^}]+)}\"");

	/**
	 * A message key (it always holds a dot) given to a rule exception or a binding
	 * result.
	 */
	private static final Pattern RULE_KEY = Pattern.compile(
			"(?:RuleException|reject|rejectValue)\\((?:\"[A-Za-z0-9_]+\",\\s*)?\"([a-z][A-Za-z0-9_]*\\.[A-Za-z0-9_.]+)\"");

	@Test
	void templatesHoldNoLiteralText() throws IOException {
		List<String> offences = new ArrayList<>();
		for (Path template : templates()) {
			String markup = withoutCommentsAndScripts(Files.readString(template));
			for (String text : markup.split(TAG.pattern())) {
				String trimmed = text.strip();
				if (trimmed.codePoints().anyMatch(Character::isLetter)) {
					offences.add(TEMPLATES.relativize(template) + ": text \"" + trimmed + "\"");
				}
			}
			Matcher attribute = READABLE_ATTRIBUTE.matcher(markup);
			while (attribute.find()) {
				String value = (attribute.group(1) != null) ? attribute.group(1) : attribute.group(2);
				if (value.codePoints().anyMatch(Character::isLetter)) {
					offences.add(TEMPLATES.relativize(template) + ": attribute " + attribute.group().strip());
				}
			}
		}
		assertThat(offences).as("literal text in templates; use th:text=\"#{key}\"").isEmpty();
	}

	@Test
	void everyMessageKeyNamedInTemplatesExists() throws IOException {
		Properties messages = messages();
		Set<String> missing = new TreeSet<>();
		for (Path template : templates()) {
			Matcher key = LITERAL_KEY.matcher(Files.readString(template));
			while (key.find()) {
				if (!messages.containsKey(key.group(1))) {
					missing.add(TEMPLATES.relativize(template) + ": " + key.group(1));
				}
			}
		}
		assertThat(missing).isEmpty();
	}

	@Test
	void everyMessageKeyNamedInCodeExists() throws IOException {
		Properties messages = messages();
		Set<String> missing = new TreeSet<>();
		Set<String> found = new TreeSet<>();
		try (Stream<Path> files = Files.walk(MAIN_JAVA)) {
			for (Path source : files.filter((path) -> path.toString().endsWith(".java")).toList()) {
				String code = Files.readString(source);
				for (Pattern pattern : List.of(RULE_KEY, CONSTRAINT_KEY)) {
					Matcher key = pattern.matcher(code);
					while (key.find()) {
						found.add(key.group(1));
						if (!messages.containsKey(key.group(1))) {
							missing.add(MAIN_JAVA.relativize(source) + ": " + key.group(1));
						}
					}
				}
			}
		}
		assertThat(found).as("the check finds the keys the code names").isNotEmpty();
		assertThat(missing).isEmpty();
	}

	@Test
	void noMessageKeyIsDefinedTwice() throws IOException {
		Set<String> seen = new TreeSet<>();
		Set<String> twice = new TreeSet<>();
		for (String line : Files.readAllLines(Path.of("src/main/resources/messages.properties"))) {
			if (line.isBlank() || line.startsWith("#") || !line.contains("=")) {
				continue;
			}
			String key = line.substring(0, line.indexOf('=')).strip();
			if (!seen.add(key)) {
				twice.add(key);
			}
		}
		assertThat(twice).as("keys defined twice, the later silently wins").isEmpty();
	}

	@Test
	void everyRoleHasALabel() {
		Properties messages = messages();
		for (var role : org.hcstracker.people.Role.values()) {
			assertThat(messages).containsKey("role." + role.name());
		}
	}

	private static List<Path> templates() throws IOException {
		try (Stream<Path> files = Files.walk(TEMPLATES)) {
			List<Path> html = files.filter((path) -> path.toString().endsWith(".html")).sorted().toList();
			assertThat(html).isNotEmpty();
			return html;
		}
	}

	private static String withoutCommentsAndScripts(String markup) {
		return markup.replaceAll("(?s)<!--.*?-->", "")
			.replaceAll("(?s)<script\\b.*?</script>", "")
			.replaceAll("(?s)<style\\b.*?</style>", "")
			.replaceAll("(?i)<!DOCTYPE[^>]*>", "");
	}

	private static Properties messages() {
		Properties properties = new Properties();
		try (InputStream in = MessagesAndTemplatesTests.class.getResourceAsStream("/messages.properties")) {
			assertThat(in).as("messages.properties").isNotNull();
			properties.load(new java.io.InputStreamReader(in, StandardCharsets.UTF_8));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return properties;
	}

}
