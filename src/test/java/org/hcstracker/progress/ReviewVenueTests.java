package org.hcstracker.progress;

import java.util.List;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * Where a scheduled review is held: a place, a secure online link, or both, every problem
 * found at once.
 */
class ReviewVenueTests {

	@ParameterizedTest
	@CsvSource(nullValues = "null", delimiter = '|',
			textBlock = """
					# place                      | link                                   | refusals
					Training room 2              | null                                   | ''
					null                         | https://meet.example.com/review        | ''
					Training room 2              | https://meet.example.com/review?id=4   | ''
					'   '                        | https://teams.example.org/l/meetup     | ''
					null                         | null                                   | place:progressReview.venue.required
					'  '                         | '  '                                   | place:progressReview.venue.required
					null                         | http://meet.example.com/review         | onlineLink:progressReview.onlineLink.invalid
					null                         | HTTPS://meet.example.com/review        | onlineLink:progressReview.onlineLink.invalid
					null                         | https://                               | onlineLink:progressReview.onlineLink.invalid
					null                         | https://meet.example.com/a b           | onlineLink:progressReview.onlineLink.invalid
					null                         | javascript:alert(1)                    | onlineLink:progressReview.onlineLink.invalid
					null                         | meet.example.com/review                | onlineLink:progressReview.onlineLink.invalid
					""")
	void aVenueNeedsAPlaceOrASecureLink(@Nullable String place, @Nullable String link, String refusals) {
		assertThat(describe(ReviewVenue.refusals(place, link))).isEqualTo(refusals);
	}

	@Test
	void everyProblemIsFoundInOneRound() {
		String tooLong = "x".repeat(ReviewVenue.PLACE_MAX_LENGTH + 1);
		assertThat(describe(ReviewVenue.refusals(tooLong, "ftp://files.example.com")))
			.isEqualTo("place:progressReview.place.TOO_LONG onlineLink:progressReview.onlineLink.invalid");
		assertThat(describe(ReviewVenue.refusals("Room\u00072", null))).isEqualTo("place:progressReview.place.CONTROL");
		String longLink = "https://meet.example.com/" + "a".repeat(ReviewVenue.LINK_MAX_LENGTH);
		assertThat(describe(ReviewVenue.refusals(null, longLink)))
			.isEqualTo("onlineLink:progressReview.onlineLink.invalid");
	}

	@Test
	void aVenueKeepsWhatWasTypedStrippedAndLeavesOutWhatWasBlank() {
		ReviewVenue venue = ReviewVenue.of("  Training room 2 ", " ");
		assertThat(venue.place()).isEqualTo("Training room 2");
		assertThat(venue.onlineLink()).isNull();
		assertThatIllegalArgumentException().isThrownBy(() -> new ReviewVenue(null, null));
	}

	private static String describe(List<ReviewRuleException> refusals) {
		return String.join(" ",
				refusals.stream().map((refusal) -> refusal.getField() + ":" + refusal.getMessageKey()).toList());
	}

}
