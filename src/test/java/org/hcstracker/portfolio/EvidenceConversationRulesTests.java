package org.hcstracker.portfolio;

import java.time.Instant;
import java.util.List;

import org.hcstracker.people.Role;
import org.hcstracker.portfolio.EvidenceRules.Refusal;
import org.hcstracker.portfolio.EvidenceRules.Relation;
import org.hcstracker.portfolio.PortfolioViews.ThreadEntry;
import org.hcstracker.programme.ApprenticeStatus;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The conversation's own rules, without Spring or a database: the message text checked
 * when built, who may write on evidence in which state, and how decisions and messages
 * make one dated thread.
 */
class EvidenceConversationRulesTests {

	private static final Instant NINE = Instant.parse("2026-11-20T09:00:00Z");

	@ParameterizedTest(name = "message of {0} characters: {1}")
	@CsvSource(textBlock = """
			1,    allowed
			2000, allowed
			2001, evidence.message.tooLong
			""")
	void aMessageHoldsAtMost2000Characters(int length, String expected) {
		if ("allowed".equals(expected)) {
			assertThat(MessageText.of("m".repeat(length)).value()).hasSize(length);
			return;
		}
		assertRefused(expected, () -> MessageText.of("m".repeat(length)));
	}

	@ParameterizedTest
	@NullSource
	@ValueSource(strings = { "", "   ", "\n\t " })
	void aBlankMessageIsRefused(@Nullable String typed) {
		assertRefused("evidence.message.required", () -> MessageText.of(typed));
	}

	@Test
	void aMessageIsStrippedBeforeItIsMeasuredAndKeepsItsLineBreaks() {
		assertThat(MessageText.of("  " + "m".repeat(2000) + "\n ").value()).hasSize(2000);
		assertThat(MessageText.of(" Thank you.\nI will add the figures. ").value())
			.isEqualTo("Thank you.\nI will add the figures.");
	}

	@Test
	void aMessageWithAHiddenControlCharacterIsRefused() {
		assertRefused("evidence.message.control", () -> MessageText.of("Copied\u0007 text"));
	}

	@ParameterizedTest(name = "{0} on {1} evidence of an apprentice {2}: {3}")
	@CsvSource(textBlock = """
			OWNER,  DRAFT,     ON_PROGRAMME,      evidence.message.closed
			OWNER,  SUBMITTED, ON_PROGRAMME,      open
			OWNER,  RETURNED,  ON_PROGRAMME,      open
			OWNER,  ACCEPTED,  ON_PROGRAMME,      evidence.message.closed
			COACH,  SUBMITTED, ON_PROGRAMME,      open
			COACH,  RETURNED,  BREAK_IN_LEARNING, open
			COACH,  RETURNED,  IN_EPA,            open
			COACH,  ACCEPTED,  ON_PROGRAMME,      evidence.message.closed
			OWNER,  SUBMITTED, WITHDRAWN,         evidence.message.apprenticeNotActive
			COACH,  RETURNED,  COMPLETED,         evidence.message.apprenticeNotActive
			READER, SUBMITTED, ON_PROGRAMME,      evidence.notYours
			READER, RETURNED,  ON_PROGRAMME,      evidence.notYours
			READER, ACCEPTED,  ON_PROGRAMME,      evidence.notYours
			""")
	void onlyTheApprenticeAndTheirCoachWriteWhileTheEvidenceIsUnderReview(Relation relation, EvidenceStatus evidence,
			ApprenticeStatus apprentice, String expected) {
		Refusal refusal = EvidenceRules.post(relation, apprentice, evidence);
		if ("open".equals(expected)) {
			assertThat(refusal).isNull();
		}
		else {
			assertThat(refusal).isNotNull().extracting(Refusal::messageKey).isEqualTo(expected);
		}
	}

	@Test
	void theThreadInterleavesDecisionsAndMessagesByTimeAReturnOpeningItsRound() {
		FeedbackView returned = new FeedbackView(1, EvidenceStatus.RETURNED, "Add your reflection.", "Aisha Khan",
				NINE);
		FeedbackView accepted = new FeedbackView(1, EvidenceStatus.ACCEPTED, null, "Aisha Khan",
				NINE.plusSeconds(7200));
		ThreadEntry sameMoment = ThreadEntry.message("Aisha Khan", Role.COACH, "Ask me if unsure.", NINE);
		ThreadEntry reply = ThreadEntry.message("Jordan Ellis", Role.APPRENTICE, "Will do.", NINE.plusSeconds(60));
		ThreadEntry after = ThreadEntry.message("Jordan Ellis", Role.APPRENTICE, "Thanks!", NINE.plusSeconds(9000));

		List<ThreadEntry> thread = ThreadEntry.interleave(List.of(returned, accepted),
				List.of(sameMoment, reply, after));

		assertThat(thread).extracting(ThreadEntry::text)
			.containsExactly("Add your reflection.", "Ask me if unsure.", "Will do.", null, "Thanks!");
		assertThat(thread).extracting(ThreadEntry::isDecision).containsExactly(true, false, false, true, false);
		assertThat(ThreadEntry.interleave(List.of(), List.of())).isEmpty();
		assertThat(ThreadEntry.interleave(List.of(), List.of(reply))).containsExactly(reply);
	}

	private static void assertRefused(String messageKey, Runnable make) {
		assertThatExceptionOfType(EvidenceRuleException.class).isThrownBy(make::run).satisfies((ex) -> {
			assertThat(ex.getField()).isEqualTo("text");
			assertThat(ex.getMessageKey()).isEqualTo(messageKey);
		});
	}

}
