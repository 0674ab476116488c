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

	@ParameterizedTest(name = "{0} before, {1} carried, {2} new: {3}")
	@CsvSource({ "0, 0, 1, allowed", "0, 0, 0, progressReview.actions.required", "2, 1, 0, allowed",
			"2, 0, 0, progressReview.actions.required", "3, 3, 7, allowed", "3, 3, 8, progressReview.actions.tooMany",
			"1, 1, 9, allowed", "1, 1, 10, progressReview.actions.tooMany" })
	void actionsCarriedForwardCountTowardsTheOneToTen(int before, int carried, int fresh, String expected) {
		ReviewContent content = ProgressReviewMother.content();
		List<FollowUpChoice> choices = new ArrayList<>();
		for (int i = 0; i < before; i++) {
			choices.add((i < carried) ? FollowUpChoice.carriedForward(content.heldOn().plusWeeks(2))
					: FollowUpChoice.dropped());
		}
		ReviewContent withFollowUps = new ReviewContent(content.heldOn(), content.summary(), content.rag(),
				content.ragReason(), actions(fresh, "New action", content.heldOn()), choices);
		assertThat(outcome(withFollowUps, actions(before, "Action before", START))).isEqualTo(expected);
	}

	@Test
	void eachActionBeforeIsFollowedUpAndOneCarriedForwardComesFirstWithItsNewDate() {
		ReviewContent content = ProgressReviewMother.content();
		LocalDate held = content.heldOn();
		List<AgreedAction> before = List.of(new AgreedAction("Book the study day", START.plusWeeks(2)),
				new AgreedAction("Upload the log", START.plusWeeks(4)),
				new AgreedAction("Read the manual", START.plusWeeks(4)));
		ReviewRecord record = ReviewRecord
			.of(new ReviewContent(held, content.summary(), content.rag(), content.ragReason(),
					List.of(new AgreedAction("Write up the audit", held.plusWeeks(3))), List.of(FollowUpChoice.done(),
							FollowUpChoice.carriedForward(held.plusWeeks(1)), FollowUpChoice.dropped())),
					before, START, TODAY);
		assertThat(record.followUps()).extracting(ActionFollowUp::outcome)
			.containsExactly(ActionOutcome.DONE, ActionOutcome.CARRIED_FORWARD, ActionOutcome.DROPPED);
		assertThat(record.followUps()).extracting(ActionFollowUp::targetDate)
			.as("what the action read then")
			.containsExactly(START.plusWeeks(2), START.plusWeeks(4), START.plusWeeks(4));
		assertThat(record.actions()).containsExactly(new AgreedAction("Upload the log", held.plusWeeks(1), true),
				new AgreedAction("Write up the audit", held.plusWeeks(3)));
		assertThat(record.describe()).endsWith("; 2 actions (1 carried forward)");
	}

	@Test
	void everyActionBeforeWithoutAnOutcomeOrCarriedWithoutAGoodDateIsRefusedAtOnce() {
		ReviewContent content = ProgressReviewMother.content();
		LocalDate held = content.heldOn();
		List<AgreedAction> before = actions(4, "Action before", START);
		List<FollowUpChoice> choices = new ArrayList<>();
		choices.add(new FollowUpChoice(null, null));
		choices.add(new FollowUpChoice(ActionOutcome.CARRIED_FORWARD, null));
		choices.add(FollowUpChoice.carriedForward(held.minusDays(1)));
		choices.add(new FollowUpChoice(ActionOutcome.DONE, held.minusDays(1)));
		assertThat(ReviewRecord.refusals(ReviewDraft.of(new ReviewContent(held, content.summary(), content.rag(),
				content.ragReason(), actions(1, "New", held), choices)), before, START, TODAY))
			.extracting(ReviewRuleException::getField, ReviewRuleException::getMessageKey)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("followUps[0]", "progressReview.followUp.required"),
					org.assertj.core.groups.Tuple.tuple("followUps[1]", "progressReview.followUp.targetRequired"),
					org.assertj.core.groups.Tuple.tuple("followUps[2]", "progressReview.followUp.targetBeforeHeld"));
		assertThat(
				ReviewRecord
					.refusals(
							ReviewDraft.of(new ReviewContent(held, content.summary(), content.rag(),
									content.ragReason(), actions(1, "New", held), List.of(FollowUpChoice.done()))),
							before, START, TODAY))
			.extracting(ReviewRuleException::getMessageKey)
			.containsExactly("progressReview.followUp.changed");
	}

	private static String outcome(ReviewContent content, List<AgreedAction> before) {
		try {
			ReviewRecord.of(content, before, START, TODAY);
			return "allowed";
		}
		catch (ReviewRuleException ex) {
			return ex.getMessageKey();
		}
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
