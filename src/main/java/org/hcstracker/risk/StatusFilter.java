package org.hcstracker.risk;

import java.util.Arrays;
import java.util.Locale;

import org.jspecify.annotations.Nullable;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * A status by which a list of apprentices can be narrowed: one of the at-risk statuses of
 * those on programme, or a stage of the programme after it or a pause in it.
 */
public enum StatusFilter {

	/** On programme and red. */
	RED,

	/** On programme and amber. */
	AMBER,

	/** On programme and green. */
	GREEN,

	/** On a break in learning. */
	BREAK,

	/** At gateway. */
	GATEWAY,

	/** In end-point assessment. */
	IN_EPA;

	/**
	 * The filter a link names, ignoring case; none for anything else.
	 * @param value the value of the link's parameter, if any
	 * @return the filter, or null for the whole list
	 */
	public static @Nullable StatusFilter parse(@Nullable String value) {
		if (value == null) {
			return null;
		}
		String name = value.strip().toUpperCase(Locale.ROOT);
		return Arrays.stream(values()).filter((filter) -> filter.name().equals(name)).findFirst().orElse(null);
	}

	/**
	 * A list's address with the filter kept, for its pagination links.
	 * @param link the list's address
	 * @param filter the filter, or null for none
	 * @return the address with the filter added, if any
	 */
	public static String keptIn(String link, @Nullable StatusFilter filter) {
		if (filter == null) {
			return link;
		}
		return UriComponentsBuilder.fromUriString(link).queryParam("rag", filter.name()).build().toUriString();
	}

}
