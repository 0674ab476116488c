package org.hcstracker.files;

import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

/**
 * What a request's {@code Range} header (RFC 9110, section 14) asks of a file of a known
 * size. One range of bytes ({@code bytes=a-b}, {@code bytes=a-}, {@code bytes=-n}) is
 * answered with that part; a range that starts past the end (or asks for the last zero
 * bytes) cannot be satisfied. A header that is not a byte range, that does not parse, or
 * that asks for several ranges at once is ignored, as the standard allows, and the whole
 * file is sent: the players and viewers that seek ask for one range at a time, and one
 * whole answer is simpler and safer than a multipart one.
 *
 * @param outcome whether the whole file, a part or nothing is sent
 * @param bytes the bytes to send, the whole file when the header is ignored; absent when
 * the range cannot be satisfied
 */
record RangeRequest(Outcome outcome, @Nullable ByteRange bytes) {

	private static final Pattern SPEC = Pattern.compile("(\\d*)-(\\d*)");

	/** The answers a range request gets. */
	enum Outcome {

		/** No range, or one ignored: 200 with the whole file. */
		WHOLE,

		/** One satisfiable range: 206 with that part. */
		PART,

		/** One range past the end: 416 with nothing. */
		UNSATISFIABLE

	}

	/**
	 * Reads a request's Range header against a file's size.
	 * @param header the header, absent when the request had none
	 * @param size the file's size, at least one byte
	 * @return what to send
	 */
	static RangeRequest of(@Nullable String header, long size) {
		RangeRequest whole = new RangeRequest(Outcome.WHOLE, ByteRange.whole(size));
		if (header == null) {
			return whole;
		}
		int equals = header.indexOf('=');
		if (equals < 0 || !header.substring(0, equals).strip().toLowerCase(Locale.ROOT).equals("bytes")) {
			return whole;
		}
		List<String> specs = List.of(header.substring(equals + 1).split(",", -1))
			.stream()
			.map(String::strip)
			.filter((spec) -> !spec.isEmpty())
			.toList();
		if (specs.size() != 1) {
			return whole;
		}
		Matcher spec = SPEC.matcher(specs.get(0));
		if (!spec.matches() || (spec.group(1).isEmpty() && spec.group(2).isEmpty())) {
			return whole;
		}
		if (spec.group(1).isEmpty()) {
			long suffix = number(spec.group(2));
			if (suffix == 0) {
				return new RangeRequest(Outcome.UNSATISFIABLE, null);
			}
			return new RangeRequest(Outcome.PART, new ByteRange(Math.max(0, size - suffix), size - 1));
		}
		long first = number(spec.group(1));
		long last = spec.group(2).isEmpty() ? Long.MAX_VALUE : number(spec.group(2));
		if (last < first) {
			return whole;
		}
		if (first >= size) {
			return new RangeRequest(Outcome.UNSATISFIABLE, null);
		}
		return new RangeRequest(Outcome.PART, new ByteRange(first, Math.min(last, size - 1)));
	}

	/**
	 * A run of digits as a number; one too large for a {@code long} is larger than any
	 * file.
	 */
	private static long number(String digits) {
		String significant = digits.replaceFirst("^0+(?=\\d)", "");
		return (significant.length() > 18) ? Long.MAX_VALUE : Long.parseLong(significant);
	}

}
