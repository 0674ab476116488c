package org.hcstracker.progress;

import java.time.LocalDate;
import java.util.List;

import org.hcstracker.shared.TypedText;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.hcstracker.progress.ProgressReviewMother.APPRENTICE_ACCOUNT;
import static org.hcstracker.progress.ProgressReviewMother.COACH_ACCOUNT;
import static org.hcstracker.progress.ProgressReviewMother.LINE_MANAGER_ACCOUNT;
import static org.hcstracker.progress.ProgressReviewMother.NOW;
import static org.hcstracker.progress.ProgressReviewMother.TODAY;

/**
 * Every transition of a progress review, each allowed and each refused by the review
 * itself: scheduling, moving, cancelling, recording, changing and signing.
 */
class ProgressReviewTests {

	@Test
	void aReviewScheduledForTodayOrLaterWaitsToBeHeld() {
		ProgressReview today = ProgressReview.scheduled(1, TODAY, ProgressReviewMother.TEN, ProgressReviewMother.ONLINE,
				TODAY, NOW);
		ProgressReview later = ProgressReviewMother.scheduled();
		assertThat(today.status()).isEqualTo(ReviewStatus.SCHEDULED);
		assertThat(later.getScheduledFor()).isEqualTo(TODAY.plusWeeks(2));
		assertThat(later.getHeldOn()).isNull();
		assertThat(later.facts()).isEqualTo(new ReviewRules.Facts(false, false, false, false));
	}

	@Test
	void aReviewCannotBeScheduledInThePast() {
		assertRefused(() -> ProgressReview.scheduled(1, TODAY.minusDays(1), ProgressReviewMother.TEN,
				ProgressReviewMother.ONLINE, TODAY, NOW), "date", "progressReview.scheduled.past");
	}

	@Test
	void aScheduledReviewMovesToTodayOrLaterButNotToThePast() {
		ProgressReview review = ProgressReviewMother.scheduled();
		review.reschedule(TODAY, TODAY, NOW);
		assertThat(review.getScheduledFor()).isEqualTo(TODAY);
		assertRefused(() -> review.reschedule(TODAY.minusDays(1), TODAY, NOW), "date", "progressReview.scheduled.past");
		assertThat(review.getScheduledFor()).isEqualTo(TODAY);
	}

	@Test
	void aReviewHeldCannotBeMoved() {
		ProgressReview review = ProgressReviewMother.held();
		assertRefused(() -> review.reschedule(TODAY.plusDays(3), TODAY, NOW), "", "progressReview.alreadyHeld");
		assertThat(review.getHeldOn()).isEqualTo(TODAY.minusDays(2));
	}

	@Test
	void recordingAScheduledReviewHoldsItAndWaitsForBothSignatures() {
		ProgressReview review = ProgressReviewMother.scheduled();
		review.record(ProgressReviewMother.record(), COACH_ACCOUNT, NOW);
		assertThat(review.status()).isEqualTo(ReviewStatus.AWAITING_SIGNATURES);
		assertThat(review.getHeldOn()).isEqualTo(TODAY.minusDays(2));
		assertThat(review.facts()).isEqualTo(new ReviewRules.Facts(true, false, false, false));
	}

	@Test
	void aReviewHeldIsRecordedWithWhatTheCoachEntered() {
		ProgressReview review = ProgressReviewMother.held();
		assertThat(review.status()).isEqualTo(ReviewStatus.AWAITING_SIGNATURES);
		assertThat(review.isSigned()).isFalse();
	}

	@Test
	void theCoachChangesARecordedReviewUntilTheFirstSignature() {
		ProgressReview review = ProgressReviewMother.held();
		LocalDate earlier = TODAY.minusDays(5);
		review.record(ReviewRecord.of(ProgressReviewMother.contentHeldOn(earlier), List.of(),
				ProgressReviewMother.START, TODAY), COACH_ACCOUNT, NOW);
		assertThat(review.getHeldOn()).isEqualTo(earlier);

		for (ProgressReview signed : new ProgressReview[] { ProgressReviewMother.signedByApprentice(),
				ProgressReviewMother.signedByLineManager(), ProgressReviewMother.complete() }) {
			assertRefused(() -> signed.record(ProgressReviewMother.record(), COACH_ACCOUNT, NOW), "",
					"progressReview.signed");
		}
	}

	@Test
	void aScheduledReviewCannotBeSignedByAnyone() {
		ProgressReview review = ProgressReviewMother.scheduled();
		assertRefused(() -> review.signAsApprentice(APPRENTICE_ACCOUNT, "Jordan Ellis", null, NOW), "",
				"progressReview.notHeld");
		assertRefused(() -> review.signAsLineManager(LINE_MANAGER_ACCOUNT, "Sam Okafor", null, NOW), "",
				"progressReview.notHeld");
		assertThat(review.isSigned()).isFalse();
	}

	@Test
	void eachSignerSignsOnceAndEitherSignatureFreezesTheReview() {
		ProgressReview byApprentice = ProgressReviewMother.signedByApprentice();
		assertThat(byApprentice.isSigned()).isTrue();
		assertThat(byApprentice.status()).isEqualTo(ReviewStatus.AWAITING_SIGNATURES);
		assertRefused(() -> byApprentice.signAsApprentice(APPRENTICE_ACCOUNT, "Jordan Ellis", null, NOW), "",
				"progressReview.alreadySigned");

		ProgressReview byLineManager = ProgressReviewMother.signedByLineManager();
		assertThat(byLineManager.isSigned()).isTrue();
		assertThat(byLineManager.facts()).isEqualTo(new ReviewRules.Facts(true, false, true, false));
		assertRefused(() -> byLineManager.signAsLineManager(LINE_MANAGER_ACCOUNT, "Sam Okafor", null, NOW), "",
				"progressReview.alreadySigned");
	}

	@Test
	void bothSignaturesCompleteTheReview() {
		ProgressReview review = ProgressReviewMother.complete();
		assertThat(review.status()).isEqualTo(ReviewStatus.COMPLETE);
		assertThat(review.facts()).isEqualTo(new ReviewRules.Facts(true, true, true, false));
		assertRefused(() -> review.reschedule(TODAY.plusDays(1), TODAY, NOW), "", "progressReview.alreadyHeld");
	}

	@Test
	void aScheduledReviewCancelledWithAReasonIsNoLongerOpenAndCannotBeHeldOrMoved() {
		ProgressReview review = ProgressReviewMother.scheduled();
		assertThat(review.isOpen()).isTrue();
		review.cancel(new TypedText("The apprentice is on annual leave that week"), COACH_ACCOUNT, NOW);
		assertThat(review.status()).isEqualTo(ReviewStatus.CANCELLED);
		assertThat(review.isOpen()).isFalse();
		assertThat(review.facts()).isEqualTo(new ReviewRules.Facts(false, false, false, true));
		assertRefused(() -> review.cancel(new TypedText("Again"), COACH_ACCOUNT, NOW), "", "progressReview.cancelled");
		assertRefused(() -> review.record(ProgressReviewMother.record(), COACH_ACCOUNT, NOW), "",
				"progressReview.cancelled");
		assertRefused(() -> review.reschedule(TODAY.plusDays(3), TODAY, NOW), "", "progressReview.cancelled");
		assertThat(review.status()).isEqualTo(ReviewStatus.CANCELLED);
	}

	@Test
	void aReviewHeldCannotBeCancelled() {
		ProgressReview review = ProgressReviewMother.held();
		assertRefused(() -> review.cancel(new TypedText("Too late"), COACH_ACCOUNT, NOW), "",
				"progressReview.alreadyHeld");
		assertThat(review.status()).isEqualTo(ReviewStatus.AWAITING_SIGNATURES);
	}

	static void assertRefused(Runnable change, String field, String key) {
		assertThatExceptionOfType(ReviewRuleException.class).isThrownBy(change::run)
			.satisfies((ex) -> assertThat(ex.getField()).isEqualTo(field))
			.extracting(ReviewRuleException::getMessageKey)
			.isEqualTo(key);
	}

	@Test
	void eachSignerMayAddTheirOwnCommentWhichTheSignatureKeeps() {
		ProgressReview review = ProgressReviewMother.held();
		review.signAsApprentice(APPRENTICE_ACCOUNT, "Jordan Ellis", SignerComment.of("  More time on the analysers.  "),
				NOW);
		review.signAsLineManager(LINE_MANAGER_ACCOUNT, "David Clarke", SignerComment.of("   "), NOW);
		org.springframework.test.util.ReflectionTestUtils.setField(review, "id", 1L);
		ReviewView view = review.toView();
		assertThat(view.apprenticeSignature().comment()).isEqualTo("More time on the analysers.");
		assertThat(view.lineManagerSignature().comment()).isNull();
		assertThatExceptionOfType(ReviewRuleException.class).isThrownBy(() -> SignerComment.of("x".repeat(1001)))
			.satisfies((ex) -> assertThat(ex.getMessageKey()).isEqualTo("progressReview.comment.tooLong"));
		assertThatExceptionOfType(ReviewRuleException.class).isThrownBy(() -> SignerComment.of("Bell\u0007"))
			.satisfies((ex) -> assertThat(ex.getMessageKey()).isEqualTo("progressReview.text.control"));
	}

}
