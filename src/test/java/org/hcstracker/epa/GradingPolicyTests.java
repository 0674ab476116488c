package org.hcstracker.epa;

import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.hcstracker.epa.GradingPolicy.Outcome;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.context.support.ResourceBundleMessageSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The overall grade over all 2 × 3 × 4 = 24 combinations of the three elements, each with
 * the words the page shows.
 */
class GradingPolicyTests {

	private static final ResourceBundleMessageSource MESSAGES = new ResourceBundleMessageSource();

	static {
		MESSAGES.setBasename("messages");
		MESSAGES.setDefaultEncoding("UTF-8");
	}

	@ParameterizedTest(name = "VCO {0}, PPT {1}, PD {2} → {3}")
	@CsvSource(delimiter = '|',
			textBlock = """
					FAIL | FAIL        | FAIL        | FAIL        | Fail: every element graded Fail
					FAIL | FAIL        | PASS        | FAIL        | Fail: Vocational Competence Observation and Professional Practice Test graded Fail
					FAIL | FAIL        | MERIT       | FAIL        | Fail: Vocational Competence Observation and Professional Practice Test graded Fail
					FAIL | FAIL        | DISTINCTION | FAIL        | Fail: Vocational Competence Observation and Professional Practice Test graded Fail
					FAIL | PASS        | FAIL        | FAIL        | Fail: Vocational Competence Observation and Professional Discussion graded Fail
					FAIL | PASS        | PASS        | FAIL        | Fail: Vocational Competence Observation graded Fail
					FAIL | PASS        | MERIT       | FAIL        | Fail: Vocational Competence Observation graded Fail
					FAIL | PASS        | DISTINCTION | FAIL        | Fail: Vocational Competence Observation graded Fail
					FAIL | DISTINCTION | FAIL        | FAIL        | Fail: Vocational Competence Observation and Professional Discussion graded Fail
					FAIL | DISTINCTION | PASS        | FAIL        | Fail: Vocational Competence Observation graded Fail
					FAIL | DISTINCTION | MERIT       | FAIL        | Fail: Vocational Competence Observation graded Fail
					FAIL | DISTINCTION | DISTINCTION | FAIL        | Fail: Vocational Competence Observation graded Fail
					PASS | FAIL        | FAIL        | FAIL        | Fail: Professional Practice Test and Professional Discussion graded Fail
					PASS | FAIL        | PASS        | FAIL        | Fail: Professional Practice Test graded Fail
					PASS | FAIL        | MERIT       | FAIL        | Fail: Professional Practice Test graded Fail
					PASS | FAIL        | DISTINCTION | FAIL        | Fail: Professional Practice Test graded Fail
					PASS | PASS        | FAIL        | FAIL        | Fail: Professional Discussion graded Fail
					PASS | PASS        | PASS        | PASS        | Pass: every element passed, with no merit or distinction
					PASS | PASS        | MERIT       | MERIT       | Merit: Professional Discussion graded Merit
					PASS | PASS        | DISTINCTION | DISTINCTION | Distinction: Professional Discussion graded Distinction
					PASS | DISTINCTION | FAIL        | FAIL        | Fail: Professional Discussion graded Fail
					PASS | DISTINCTION | PASS        | DISTINCTION | Distinction: Professional Practice Test graded Distinction
					PASS | DISTINCTION | MERIT       | DISTINCTION | Distinction: Professional Practice Test graded Distinction
					PASS | DISTINCTION | DISTINCTION | DISTINCTION | Distinction: Professional Practice Test and Professional Discussion graded Distinction
					""")
	void theOverallGradeFollowsThePublishedRuleAndNamesTheDecidingElements(EpaGrade vco, EpaGrade ppt, EpaGrade pd,
			EpaGrade expected, String explanation) {
		Outcome outcome = GradingPolicy.overall(grades(vco, ppt, pd)).orElseThrow();

		assertThat(outcome.grade()).isEqualTo(expected);
		assertThat(MESSAGES.getMessage(outcome.explanationKey(), null, Locale.UK)).isEqualTo(explanation);
	}

	@ParameterizedTest(name = "VCO {0}, PPT {1}, PD {2}")
	@CsvSource(delimiter = '|',
			textBlock = """
					PASS | DISTINCTION | MERIT       | Distinction: the Professional Practice Test is Distinction, which outranks the Professional Discussion’s Merit.
					PASS | DISTINCTION | PASS        | Distinction: the Professional Practice Test is Distinction, and the other elements passed.
					PASS | PASS        | DISTINCTION | Distinction: the Professional Discussion is Distinction, and the other elements passed.
					PASS | PASS        | MERIT       | Merit: the Professional Discussion is Merit, and neither it nor the Professional Practice Test is Distinction.
					PASS | PASS        | PASS        | Pass: every element passed, with no Merit or Distinction in the Professional Practice Test or the Professional Discussion.
					FAIL | DISTINCTION | MERIT       | Fail: the Vocational Competence Observation is Fail, and a Fail in any element fails the assessment.
					""")
	void theConfirmationSaysWhyTheGradeIsWhatItIs(EpaGrade vco, EpaGrade ppt, EpaGrade pd, String reason) {
		assertThat(MESSAGES.getMessage(GradingPolicy.reasonKey(grades(vco, ppt, pd)).orElseThrow(), null, Locale.UK))
			.isEqualTo(reason);
	}

	@Test
	void everyCombinationHasItsReasonInWords() {
		for (EpaGrade vco : EpaElement.VCO.grades()) {
			for (EpaGrade ppt : EpaElement.PPT.grades()) {
				for (EpaGrade pd : EpaElement.PD.grades()) {
					String key = GradingPolicy.reasonKey(grades(vco, ppt, pd)).orElseThrow();
					assertThat(MESSAGES.getMessage(key, null, Locale.UK)).as(key)
						.startsWith(MESSAGES.getMessage(
								"epaGrade." + GradingPolicy.overall(grades(vco, ppt, pd)).orElseThrow().grade(), null,
								Locale.UK) + ":");
				}
			}
		}
		assertThat(GradingPolicy.reasonKey(Map.of(EpaElement.VCO, EpaGrade.PASS))).isEmpty();
	}

	@Test
	void everyCombinationOfTheScalesIsInTheTable() {
		int combinations = 0;
		for (EpaGrade vco : EpaElement.VCO.grades()) {
			for (EpaGrade ppt : EpaElement.PPT.grades()) {
				for (EpaGrade pd : EpaElement.PD.grades()) {
					assertThat(GradingPolicy.overall(grades(vco, ppt, pd))).isPresent();
					combinations++;
				}
			}
		}
		assertThat(combinations).isEqualTo(24);
	}

	@Test
	void thereIsNoOverallGradeUntilAllThreeElementsAreRecorded() {
		for (EpaElement missing : EpaElement.values()) {
			Map<EpaElement, EpaGrade> two = grades(EpaGrade.PASS, EpaGrade.DISTINCTION, EpaGrade.DISTINCTION);
			two.remove(missing);
			assertThat(GradingPolicy.overall(two)).isEmpty();
		}
		assertThat(GradingPolicy.overall(Map.of())).isEmpty();
		assertThat(GradingPolicy.overall(Map.of(EpaElement.VCO, EpaGrade.FAIL))).as("not even a fail").isEmpty();
	}

	@Test
	void aGradeOutsideAnElementsScaleCannotBeMade() {
		for (EpaGrade grade : List.of(EpaGrade.MERIT, EpaGrade.DISTINCTION)) {
			assertThatExceptionOfType(EpaRuleException.class).isThrownBy(() -> new ElementGrade(EpaElement.VCO, grade));
		}
		assertThatExceptionOfType(EpaRuleException.class)
			.isThrownBy(() -> new ElementGrade(EpaElement.PPT, EpaGrade.MERIT))
			.extracting(EpaRuleException::getMessageKey)
			.isEqualTo("epa.grade.outsideScale");
		assertThat(new ElementGrade(EpaElement.PD, EpaGrade.MERIT).grade()).isEqualTo(EpaGrade.MERIT);
	}

	private static Map<EpaElement, EpaGrade> grades(EpaGrade vco, EpaGrade ppt, EpaGrade pd) {
		Map<EpaElement, EpaGrade> grades = new EnumMap<>(EpaElement.class);
		grades.put(EpaElement.VCO, vco);
		grades.put(EpaElement.PPT, ppt);
		grades.put(EpaElement.PD, pd);
		return grades;
	}

}
