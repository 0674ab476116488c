package org.hcstracker.portfolio;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.hcstracker.programme.KsbType;
import org.hcstracker.programme.KsbView;
import org.hcstracker.programme.ProgrammeAreaView;
import org.hcstracker.shared.RuleException;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.tuple;

/**
 * When evidence may have happened and where it counts, for an apprentice who started on 1
 * September 2025, on 2 March 2026: areas 1 to 9 (ids 101 to 109), statements K1 (area 4),
 * S2 (area 6) and the retired K9 (area 1).
 */
class MappingRulesTests {

	private static final LocalDate START = LocalDate.of(2025, 9, 1);

	private static final LocalDate TODAY = LocalDate.of(2026, 3, 2);

	private static final long K1 = 501;

	private static final long S2 = 502;

	private static final long RETIRED_K9 = 509;

	private static final MappingRules RULES = new MappingRules(START, TODAY, areas(),
			List.of(new KsbView(K1, "K1", KsbType.KNOWLEDGE, 4, "Knows", false),
					new KsbView(S2, "S2", KsbType.SKILL, 6, "Does", false),
					new KsbView(RETIRED_K9, "K9", KsbType.KNOWLEDGE, 1, "Knew", true)));

	@ParameterizedTest(name = "activity on {0}: {1}")
	@CsvSource(textBlock = """
			2025-08-31, evidence.activityDate.beforeStart
			2025-09-01, allowed
			2026-03-02, allowed
			2026-03-03, evidence.activityDate.future
			""")
	void theActivityHappenedBetweenTheStartAndToday(LocalDate activityDate, String expected) {
		List<EvidenceRuleException> refusals = RULES
			.refusals(new EvidenceDraft(activityDate, EvidenceType.OBSERVATION, Set.of(101L), Set.of()));
		if ("allowed".equals(expected)) {
			assertThat(refusals).isEmpty();
		}
		else {
			assertThat(refusals).extracting(EvidenceRuleException::getMessageKey).containsExactly(expected);
			assertThat(refusals.get(0).getField()).isEqualTo("activityDate");
		}
	}

	@Test
	void evidenceCountsForTheChosenAreasAndTheAreasOfItsStatements() {
		EvidenceMapping mapping = RULES.mappingOf(details(EvidenceType.OBSERVATION, Set.of(101L), Set.of(K1, S2)));
		assertThat(mapping.areaIds()).containsExactlyInAnyOrder(101L, 104L, 106L);
		assertThat(mapping.ksbIds()).containsExactlyInAnyOrder(K1, S2);
		assertThat(RULES.mappingOf(details(EvidenceType.OBSERVATION, Set.of(), Set.of(K1))).areaIds())
			.containsExactly(104L);
	}

	@Test
	void aSelfAssessmentWithoutAreasCountsForAreaTwo() {
		assertThat(RULES.mappingOf(details(EvidenceType.REFLECTIVE_SELF_ASSESSMENT, Set.of(), Set.of())).areaIds())
			.containsExactly(102L);
		assertThat(RULES.mappingOf(details(EvidenceType.REFLECTIVE_SELF_ASSESSMENT, Set.of(105L), Set.of())).areaIds())
			.containsExactly(105L);
	}

	@Test
	void otherEvidenceWithoutAreasIsRefused() {
		assertThat(RULES.refusals(draft(null, Set.of(), Set.of())))
			.extracting(EvidenceRuleException::getField, EvidenceRuleException::getMessageKey)
			.containsExactly(tuple("areaIds", "evidence.areas.required"));
	}

	@Test
	void areasAndStatementsOutsideTheChoicesAreRefused() {
		assertThat(RULES.refusals(draft(EvidenceType.OTHER, Set.of(101L, 999L), Set.of())))
			.extracting(EvidenceRuleException::getField, EvidenceRuleException::getMessageKey)
			.containsExactly(tuple("areaIds", "evidence.areas.invalid"));
		assertThat(RULES.refusals(draft(EvidenceType.OTHER, Set.of(), Set.of(777L))))
			.extracting(EvidenceRuleException::getField, EvidenceRuleException::getMessageKey)
			.containsExactly(tuple("ksbIds", "evidence.ksbs.invalid"));
		assertThat(RULES.refusals(draft(EvidenceType.OTHER, Set.of(101L), Set.of(RETIRED_K9))))
			.extracting(EvidenceRuleException::getField, EvidenceRuleException::getMessageKey)
			.containsExactly(tuple("ksbIds", "evidence.ksbs.invalid"));
	}

	@Test
	void everyRefusalIsReportedAtOnceInTheOrderOfTheForm() {
		EvidenceDraft draft = new EvidenceDraft(TODAY.plusDays(1), EvidenceType.OTHER, Set.of(999L), Set.of(777L));
		assertThat(RULES.refusals(draft)).extracting(EvidenceRuleException::getField)
			.containsExactly("activityDate", "areaIds", "ksbIds");
		assertThatExceptionOfType(RuleException.class)
			.isThrownBy(() -> RULES.mappingOf(new EvidenceDetails("Title", TODAY.plusDays(1), EvidenceType.OTHER,
					"Text", Set.of(999L), Set.of(777L))))
			.satisfies((ex) -> assertThat(ex.all()).hasSize(3));
	}

	@Test
	void partsNotYetEnteredAreLeftToTheForm() {
		assertThat(RULES.refusals(new EvidenceDraft(null, null, Set.of(101L), Set.of()))).isEmpty();
	}

	private static EvidenceDraft draft(@Nullable EvidenceType type, Set<Long> areaIds, Set<Long> ksbIds) {
		return new EvidenceDraft(TODAY, type, areaIds, ksbIds);
	}

	private static EvidenceDetails details(EvidenceType type, Set<Long> areaIds, Set<Long> ksbIds) {
		return new EvidenceDetails("Title", TODAY, type, "Text", areaIds, ksbIds);
	}

	private static List<ProgrammeAreaView> areas() {
		return java.util.stream.IntStream.rangeClosed(1, 9)
			.mapToObj((number) -> new ProgrammeAreaView(100 + number, number, "Area " + number))
			.toList();
	}

}
