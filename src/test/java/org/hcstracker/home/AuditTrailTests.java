package org.hcstracker.home;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.hcstracker.programme.ApprenticeEventKind;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class AuditTrailTests {

	private static final Pattern ACTION = Pattern.compile(
			"\"((?:APPRENTICE|ACCOUNT|PASSWORD|ORGANISATION|STANDARD_VERSION|KSBS?|EVIDENCE|OFF_THE_JOB|REVIEW|GATEWAY|EPA)_[A-Z_]+)\"");

	@Test
	void everyActionTheApplicationRecordsHasItsWords() throws IOException {
		Properties messages = messages();
		Set<String> actions = new TreeSet<>();
		try (Stream<Path> sources = Files.walk(Path.of("src/main/java/org/hcstracker"))) {
			sources.filter((path) -> path.toString().endsWith(".java")).forEach((path) -> {
				Matcher matcher = ACTION.matcher(read(path));
				while (matcher.find()) {
					actions.add(matcher.group(1));
				}
			});
		}
		Arrays.stream(ApprenticeEventKind.values()).forEach((kind) -> actions.add(kind.name()));
		Arrays.stream(new String[] { "APPROVED", "DECLINED", "WITHDRAWN" })
			.forEach((kind) -> actions.add("GATEWAY_" + kind));
		assertThat(actions).contains("EVIDENCE_RETURNED", "APPRENTICE_ENROLLED", "GATEWAY_DECLINED");
		assertThat(actions).allSatisfy((action) -> assertThat(messages).containsKey("audit.action." + action));
	}

	@Test
	void aCodeNoMessageNamesIsStillMadeReadable() {
		assertThat(AuditTrail.readable("SOMETHING_NEW_HAPPENED")).isEqualTo("Something new happened");
		assertThat(AuditTrail.readable("OffTheJobEntry")).isEqualTo("Off the job entry");
	}

	private static Properties messages() throws IOException {
		Properties messages = new Properties();
		try (InputStream in = AuditTrailTests.class.getResourceAsStream("/messages.properties")) {
			messages.load(new InputStreamReader(in, StandardCharsets.UTF_8));
		}
		return messages;
	}

	private static String read(Path path) {
		try {
			return Files.readString(path);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
