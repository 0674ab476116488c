package org.hcstracker.progress;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

/**
 * Progress reviews with realistic defaults, in each state a review goes through: an
 * apprentice who started in March, a coach, and a review held two days ago with two
 * agreed actions.
 */
final class ProgressReviewMother {

	static final long APPRENTICE_ID = 41;

	static final long APPRENTICE_ACCOUNT = 141;

	static final long COACH_ACCOUNT = 7;

	static final long LINE_MANAGER_ACCOUNT = 9;

	static final LocalDate START = LocalDate.of(2026, 3, 2);

	static final LocalDate TODAY = LocalDate.of(2026, 11, 30);

	static final Instant NOW = Instant.parse("2026-11-30T10:15:00Z");

	private ProgressReviewMother() {
	}

	/**
	 * What a coach enters for a review held two days ago.
	 * @return the content
	 */
	static ReviewContent content() {
		LocalDate held = TODAY.minusDays(2);
		return new ReviewContent(held,
				"Settled in well on the ward. Reception evidence is on track; the phlebotomy KSBs still need a witness statement.",
				ReviewRag.GREEN, "Off-the-job hours and evidence are where they should be by now",
				List.of(new AgreedAction("Upload the sample reception log", held.plusWeeks(4)),
						new AgreedAction("Book the phlebotomy study day", held.plusWeeks(6))));
	}

	/**
	 * The default content, held on another date.
	 * @param heldOn the date held
	 * @return the content
	 */
	static ReviewContent contentHeldOn(LocalDate heldOn) {
		ReviewContent content = content();
		return new ReviewContent(heldOn, content.summary(), content.rag(), content.ragReason(),
				List.of(new AgreedAction("Upload the sample reception log", heldOn.plusWeeks(4))));
	}

	/**
	 * The default content, checked.
	 * @return the record
	 */
	static ReviewRecord record() {
		return ReviewRecord.of(content(), List.of(), START, TODAY);
	}

	/** The time scheduled reviews start. */
	static final LocalTime TEN = LocalTime.of(10, 0);

	/** Where scheduled reviews are held. */
	static final ReviewVenue ONLINE = new ReviewVenue(null, "https://meet.example.com/review");

	/**
	 * A review scheduled two weeks from today.
	 * @return the review
	 */
	static ProgressReview scheduled() {
		return ProgressReview.scheduled(APPRENTICE_ID, TODAY.plusWeeks(2), ProgressReviewMother.TEN,
				ProgressReviewMother.ONLINE, TODAY, NOW);
	}

	/**
	 * A review held and recorded, waiting for both signatures.
	 * @return the review
	 */
	static ProgressReview held() {
		return ProgressReview.held(APPRENTICE_ID, record(), COACH_ACCOUNT, NOW);
	}

	/**
	 * A review held and signed by the apprentice only.
	 * @return the review
	 */
	static ProgressReview signedByApprentice() {
		ProgressReview review = held();
		review.signAsApprentice(APPRENTICE_ACCOUNT, "Jordan Ellis", null, NOW.plusSeconds(3600));
		return review;
	}

	/**
	 * A review held and signed by the line manager only.
	 * @return the review
	 */
	static ProgressReview signedByLineManager() {
		ProgressReview review = held();
		review.signAsLineManager(LINE_MANAGER_ACCOUNT, "Sam Okafor", null, NOW.plusSeconds(7200));
		return review;
	}

	/**
	 * A review signed by both the apprentice and the line manager.
	 * @return the review
	 */
	static ProgressReview complete() {
		ProgressReview review = signedByApprentice();
		review.signAsLineManager(LINE_MANAGER_ACCOUNT, "Sam Okafor", null, NOW.plusSeconds(7200));
		return review;
	}

}
