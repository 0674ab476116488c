package org.hcstracker.progress;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.hcstracker.shared.TypedText;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.hcstracker.progress.ProgressReviewMother.START;
import static org.hcstracker.progress.ProgressReviewMother.TODAY;

/**
 * The rules of what a coach records of a review held, checked when the record is built:
 * the date held, the summary, the reason for the rating and the agreed actions.
 */
class ReviewRecordTests {

	@Test
	void theMothersContentMakesARecordWithItsTextStripped() {
		ReviewContent content = ProgressReviewMother.content();
		ReviewRecord record = ReviewRecord
			.of(new ReviewContent(content.heldOn(), "  " + content.summary() + "\n", content.rag(),
					" " + content.ragReason(), List.of(new AgreedAction("  Book the study day ", content.heldOn()))),
					List.of(), START, TODAY);
		assertThat(record.summary().value()).isEqualTo(content.summary());
		assertThat(record.ragReason().value()).isEqualTo(content.ragReason());
		assertThat(record.actions()).containsExactly(new AgreedAction("Book the study day", content.heldOn()));
		assertThat(record.describe()).startsWith("held on " + content.heldOn() + ", GREEN: ").endsWith("; 1 actions");
	}

	@ParameterizedTest(name = "held {0} days before today: {1}")
	@CsvSource(textBlock = """
			-1,  progressReview.heldOn.future
			0,   allowed
			30,  allowed
			273, allowed
			274, progressReview.heldOn.beforeStart
			""")
	void theDateHeldIsNeitherInTheFutureNorBeforeTheStart(int daysAgo, String expected) {
		// The apprentice started 273 days before today.
		assertThat(outcome(ProgressReviewMother.contentHeldOn(TODAY.minusDays(daysAgo)))).isEqualTo(expected);
	}

	@ParameterizedTest(name = "summary of {0} characters: {1}")
	@CsvSource(textBlock = """
			0,    progressReview.summary.required
			1,    allowed
			4000, allowed
			4001, progressReview.summary.tooLong
			""")
	void theSummaryIsRequiredAndAtMost4000Characters(int length, String expected) {
		ReviewContent content = ProgressReviewMother.content();
		assertThat(outcome(new ReviewContent(content.heldOn(), "s".repeat(length), content.rag(), content.ragReason(),
				content.actions())))
			.isEqualTo(expected);
	}

	@ParameterizedTest(name = "reason of {0} characters: {1}")
	@CsvSource(textBlock = """
			0,    progressReview.ragReason.required
			1,    allowed
			1000, allowed
			1001, progressReview.ragReason.tooLong
			""")
	void theReasonForTheRatingIsRequiredAndAtMost1000Characters(int length, String expected) {
		ReviewContent content = ProgressReviewMother.content();
		assertThat(outcome(new ReviewContent(content.heldOn(), content.summary(), content.rag(), "r".repeat(length),
				content.actions())))
			.isEqualTo(expected);
	}

	@Test
	void textsKeepLineBreaksAndTabsButNotOtherControlCharacters() {
		ReviewContent content = ProgressReviewMother.content();
		assertThat(outcome(new ReviewContent(content.heldOn(), "First line\n\tSecond line", content.rag(),
				content.ragReason(), content.actions())))
			.isEqualTo("allowed");
		assertThat(outcome(new ReviewContent(content.heldOn(), "Pasted\u0007text", content.rag(), content.ragReason(),
				content.actions())))
			.isEqualTo("progressReview.text.control");
		assertThat(outcome(
				new ReviewContent(content.heldOn(), content.summary(), content.rag(), "Bell\u0007", content.actions())))
			.isEqualTo("progressReview.text.control");
	}

	@ParameterizedTest(name = "{0} actions: {1}")
	@CsvSource(textBlock = """
			0,  progressReview.actions.required
			1,  allowed
			10, allowed
			11, progressReview.actions.tooMany
			""")
	void aReviewAgreesOneToTenActions(int count, String expected) {
		assertThat(outcome(withActions(actions(count, "Read the infection control policy", TODAY))))
			.isEqualTo(expected);
	}

	@ParameterizedTest(name = "action of {0} characters: {1}")
	@CsvSource(textBlock = """
			0,   progressReview.action.description.invalid
			1,   allowed
			500, allowed
			501, progressReview.action.description.invalid
			""")
	void eachActionIsDescribedInOneTo500Characters(int length, String expected) {
		assertThat(outcome(withActions(actions(1, "a".repeat(length), TODAY)))).isEqualTo(expected);
	}

	@Test
	void eachActionIsDueNoEarlierThanTheReview() {
		LocalDate held = TODAY.minusDays(2);
		assertThat(outcome(withActions(actions(1, "Action", held)))).isEqualTo("allowed");
		assertThat(outcome(withActions(actions(1, "Action", held.minusDays(1)))))
			.isEqualTo("progressReview.action.targetBeforeHeld");
	}

	@Test
	void everyRefusalIsReportedAtOnceInTheOrderOfTheForm() {
		assertThatExceptionOfType(ReviewRuleException.class)
			.isThrownBy(() -> ReviewRecord.of(new ReviewContent(TODAY.plusDays(1), " ", ReviewRag.RED, "r".repeat(1001),
					actions(1, "Action", TODAY)), List.of(), START, TODAY))
			.satisfies((ex) -> assertThat(ex.all()).extracting((refusal) -> refusal.getMessageKey())
				.containsExactly("progressReview.heldOn.future", "progressReview.summary.required",
						"progressReview.ragReason.tooLong", "progressReview.action.targetBeforeHeld"));
	}

	@Test
	void aDraftIsCheckedForWhatHasBeenEnteredOnly() {
		assertThat(ReviewRecord.refusals(new ReviewDraft(null, "", null, "", List.of(), List.of()), List.of(), START,
				TODAY))
			.extracting(ReviewRuleException::getField)
			.containsExactly("summary", "ragReason", "actions");
		assertThat(ReviewRecord.refusals(
				new ReviewDraft(null, "Summary", null, "Reason", actions(1, "Action", TODAY.minusYears(1)), List.of()),
				List.of(), START, TODAY))
			.isEmpty();
	}

	@Test
	void aRecordBuiltDirectlyKeepsTheRulesToo() {
		ReviewRecord record = ProgressReviewMother.record();
		assertThatExceptionOfType(ReviewRuleException.class)
			.isThrownBy(() -> new ReviewRecord(record.heldOn(), new TypedText("s".repeat(4001)), record.rag(),
					record.ragReason(), record.actions()))
			.extracting(ReviewRuleException::getMessageKey)
			.isEqualTo("progressReview.summary.tooLong");
		assertThatExceptionOfType(ReviewRuleException.class).isThrownBy(
				() -> new ReviewRecord(record.heldOn(), record.summary(), record.rag(), record.ragReason(), List.of()))
			.extracting(ReviewRuleException::getMessageKey)
			.isEqualTo("progressReview.actions.required");
	}

	private static String outcome(ReviewContent content) {
		try {
			ReviewRecord.of(content, List.of(), START, TODAY);
			return "allowed";
		}
		catch (ReviewRuleException ex) {
			return ex.getMessageKey();
		}
	}

	private static ReviewContent withActions(List<AgreedAction> actions) {
		ReviewContent content = ProgressReviewMother.content();
		return new ReviewContent(content.heldOn(), content.summary(), content.rag(), content.ragReason(), actions);
	}

	private static List<AgreedAction> actions(int count, String description, LocalDate target) {
		List<AgreedAction> actions = new ArrayList<>();
		for (int i = 0; i < count; i++) {
			actions.add(new AgreedAction(description, target));
		}
		return actions;
	}

}
