package org.hcstracker.people;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * Passwords people choose so often that they are the first an attacker tries, from the
 * list shipped with the application ({@code common-passwords.txt}, one a line, lines
 * starting with {@code #} ignored). Compared regardless of case and of spaces around.
 */
final class CommonPasswords {

	private static final Set<String> PASSWORDS = load();

	private CommonPasswords() {
	}

	static boolean contains(String password) {
		return PASSWORDS.contains(normalised(password));
	}

	static int size() {
		return PASSWORDS.size();
	}

	private static String normalised(String password) {
		return password.strip().toLowerCase(Locale.ROOT);
	}

	private static Set<String> load() {
		Set<String> passwords = new HashSet<>();
		try (InputStream in = CommonPasswords.class.getResourceAsStream("/common-passwords.txt")) {
			if (in == null) {
				throw new IllegalStateException("common-passwords.txt is missing from the application");
			}
			BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
			String line;
			while ((line = reader.readLine()) != null) {
				if (!line.isBlank() && !line.startsWith("#")) {
					passwords.add(normalised(line));
				}
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return Set.copyOf(passwords);
	}

}
