package org.hcstracker.portfolio;

import java.time.LocalDate;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The field rules of evidence, kept in its value objects: the title and the description
 * ({@link EvidenceDetails}), the coach's feedback ({@link Feedback}) and at least one
 * area ({@link EvidenceMapping}), each at and just past its limits.
 */
class EvidenceFieldRulesTests {

	@ParameterizedTest(name = "title of {0} characters: {1}")
	@CsvSource(textBlock = """
			0,   evidence.title.invalid
			1,   allowed
			200, allowed
			201, evidence.title.invalid
			""")
	void aTitleHoldsOneTo200Characters(int length, String expected) {
		assertField("title", expected, () -> details("x".repeat(length), "What I did."));
	}

	@ParameterizedTest(name = "description of {0} characters: {1}")
	@CsvSource(textBlock = """
			0,     evidence.description.invalid
			1,     allowed
			10000, allowed
			10001, evidence.description.invalid
			""")
	void aDescriptionHoldsOneTo10000Characters(int length, String expected) {
		assertField("description", expected, () -> details("Title", "x".repeat(length)));
	}

	@Test
	void theTitleAndDescriptionAreStrippedBeforeTheyAreMeasured() {
		EvidenceDetails details = details("  " + "t".repeat(200) + "  ", "\n  What I did.  \n");
		assertThat(details.title()).hasSize(200);
		assertThat(details.description()).isEqualTo("What I did.");
		assertField("title", "evidence.title.invalid", () -> details("   ", "What I did."));
		assertField("description", "evidence.description.invalid", () -> details("Title", " \n\t "));
	}

	@Test
	void theDetailsKeepTheirOwnCopiesOfTheChosenAreasAndStatements() {
		Set<Long> areas = new java.util.HashSet<>(Set.of(1L));
		EvidenceDetails details = new EvidenceDetails("Title", LocalDate.of(2026, 1, 5), EvidenceType.OTHER, "Text",
				areas, Set.of());
		areas.add(2L);
		assertThat(details.areaIds()).containsExactly(1L);
	}

	@ParameterizedTest(name = "feedback of {0} characters: {1}")
	@CsvSource(textBlock = """
			1,    allowed
			5000, allowed
			5001, evidence.feedback.tooLong
			""")
	void feedbackHoldsAtMost5000Characters(int length, String expected) {
		assertField("feedback", expected, () -> Feedback.required("f".repeat(length)));
		assertField("feedback", expected, () -> Feedback.optional("f".repeat(length)));
	}

	@ParameterizedTest
	@NullSource
	@ValueSource(strings = { "", "   ", "\n\t" })
	void feedbackLeftEmptyIsNoneWhenAcceptingAndRefusedWhenReturning(@Nullable String typed) {
		assertThat(Feedback.optional(typed)).isNull();
		assertField("feedback", "evidence.feedback.required", () -> Feedback.required(typed));
	}

	@Test
	void feedbackIsStrippedBeforeItIsMeasured() {
		assertThat(Feedback.required("  Good work.  ").text()).isEqualTo("Good work.");
		assertThat(Feedback.optional(" " + "f".repeat(5000) + " ")).isNotNull();
	}

	@Test
	void evidenceCountsForAtLeastOneArea() {
		assertField("areaIds", "evidence.areas.required", () -> new EvidenceMapping(Set.of(), Set.of(7L)));
		assertThat(new EvidenceMapping(Set.of(3L), Set.of()).areaIds()).containsExactly(3L);
	}

	private static EvidenceDetails details(String title, String description) {
		return new EvidenceDetails(title, LocalDate.of(2026, 1, 5), EvidenceType.OBSERVATION, description, Set.of(1L),
				Set.of());
	}

	private static void assertField(String field, String expected, Runnable make) {
		if ("allowed".equals(expected)) {
			make.run();
			return;
		}
		assertThatExceptionOfType(EvidenceRuleException.class).isThrownBy(make::run).satisfies((ex) -> {
			assertThat(ex.getField()).isEqualTo(field);
			assertThat(ex.getMessageKey()).isEqualTo(expected);
		});
	}

}
