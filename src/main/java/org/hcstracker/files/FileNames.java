package org.hcstracker.files;

import java.text.Normalizer;

import org.jspecify.annotations.Nullable;

/**
 * Cleans the name a file arrived with: a name is the device's, not to be trusted. Any
 * folder part goes, control and reserved characters become underscores, runs of spaces
 * become one, leading dots go, and a name too long is shortened keeping its extension.
 */
final class FileNames {

	/** The longest name kept. */
	static final int MAX_LENGTH = 150;

	private static final int MAX_EXTENSION_LENGTH = 10;

	private static final String FALLBACK = "file";

	private FileNames() {
	}

	static String clean(@Nullable String original) {
		if (original == null) {
			return FALLBACK;
		}
		String name = original;
		int slash = Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\'));
		if (slash >= 0) {
			name = name.substring(slash + 1);
		}
		name = Normalizer.normalize(name, Normalizer.Form.NFC);
		StringBuilder cleaned = new StringBuilder(name.length());
		name.codePoints().forEach((c) -> {
			if (c == '\t' || Character.isSpaceChar(c)) {
				cleaned.append(' ');
			}
			else if (Character.isISOControl(c) || Character.getType(c) == Character.FORMAT
					|| "<>:\"|?*".indexOf(c) >= 0) {
				cleaned.append('_');
			}
			else {
				cleaned.appendCodePoint(c);
			}
		});
		name = cleaned.toString().replaceAll(" {2,}", " ").strip();
		name = name.replaceFirst("^[. ]+", "");
		if (name.isEmpty()) {
			return FALLBACK;
		}
		return shorten(name);
	}

	private static String shorten(String name) {
		if (name.codePointCount(0, name.length()) <= MAX_LENGTH) {
			return name;
		}
		int dot = name.lastIndexOf('.');
		String extension = (dot > 0 && name.length() - dot <= MAX_EXTENSION_LENGTH + 1) ? name.substring(dot) : "";
		String base = name.substring(0, name.length() - extension.length());
		int keep = MAX_LENGTH - extension.length();
		return base.substring(0, base.offsetByCodePoints(0, keep)).strip() + extension;
	}

}
