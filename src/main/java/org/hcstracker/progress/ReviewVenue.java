package org.hcstracker.progress;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.List;

import org.hcstracker.shared.TypedText;
import org.jspecify.annotations.Nullable;

/**
 * Where a scheduled review is held: a place, an online link, or both (a room with a link
 * for whoever joins from elsewhere). At least one is given; a link is a secure web
 * address (https) with a host, so that a link typed wrongly is caught when scheduling
 * rather than on the day.
 *
 * @param place the place, if any
 * @param onlineLink the online link, if any
 */
public record ReviewVenue(@Nullable String place, @Nullable String onlineLink) {

	static final int PLACE_MAX_LENGTH = 200;

	static final int LINK_MAX_LENGTH = 500;

	/**
	 * Builds a venue that is already checked.
	 * @throws IllegalArgumentException if neither is given
	 */
	public ReviewVenue {
		if (place == null && onlineLink == null) {
			throw new IllegalArgumentException("A venue needs a place or a link");
		}
	}

	/**
	 * Checks a venue as typed.
	 * @param place the place as sent
	 * @param onlineLink the link as sent
	 * @return the venue
	 * @throws ReviewRuleException the first problem found
	 */
	public static ReviewVenue of(@Nullable String place, @Nullable String onlineLink) {
		List<ReviewRuleException> refusals = refusals(place, onlineLink);
		if (!refusals.isEmpty()) {
			throw refusals.get(0);
		}
		return new ReviewVenue(blankToNull(place), blankToNull(onlineLink));
	}

	/**
	 * Every problem with a venue as typed, all at once.
	 * @param place the place as sent
	 * @param onlineLink the link as sent
	 * @return the refusals, place first; empty if none
	 */
	static List<ReviewRuleException> refusals(@Nullable String place, @Nullable String onlineLink) {
		List<ReviewRuleException> refusals = new ArrayList<>();
		String link = blankToNull(onlineLink);
		TypedText.Problem placeProblem = TypedText.problemWith(place, PLACE_MAX_LENGTH);
		if (placeProblem == TypedText.Problem.MISSING) {
			if (link == null) {
				refusals.add(new ReviewRuleException("place", "progressReview.venue.required"));
			}
		}
		else if (placeProblem != null) {
			refusals.add(new ReviewRuleException("place", (placeProblem == TypedText.Problem.TOO_LONG)
					? "progressReview.place.TOO_LONG" : "progressReview.place.CONTROL"));
		}
		if (link != null && !isSecureLink(link)) {
			refusals.add(new ReviewRuleException("onlineLink", "progressReview.onlineLink.invalid"));
		}
		return refusals;
	}

	private static boolean isSecureLink(String link) {
		if (link.length() > LINK_MAX_LENGTH || link.chars().anyMatch((c) -> Character.isWhitespace(c) || c < 0x20)) {
			return false;
		}
		try {
			URI uri = new URI(link);
			return link.startsWith("https://") && uri.getHost() != null && !uri.getHost().isEmpty();
		}
		catch (URISyntaxException ex) {
			return false;
		}
	}

	private static @Nullable String blankToNull(@Nullable String typed) {
		String stripped = (typed != null) ? typed.strip() : "";
		return stripped.isEmpty() ? null : stripped;
	}

}
