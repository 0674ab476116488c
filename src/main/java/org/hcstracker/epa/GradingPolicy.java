package org.hcstracker.epa;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The overall grade, by the programme's published rule, and nowhere else: Fail if any
 * element is Fail; otherwise Distinction if the Professional Practice Test or the
 * Professional Discussion (or both) is Distinction; otherwise Merit if the Professional
 * Discussion is Merit; otherwise Pass. No overall grade until all three are recorded.
 */
final class GradingPolicy {

	private GradingPolicy() {
	}

	/**
	 * The overall grade of the latest grade of each element.
	 * @param grades each element's grade so far
	 * @return the outcome with the elements that decided it, or empty while an element
	 * has none
	 */
	static Optional<Outcome> overall(Map<EpaElement, EpaGrade> grades) {
		if (!grades.keySet().containsAll(List.of(EpaElement.values()))) {
			return Optional.empty();
		}
		List<EpaElement> failed = elementsGraded(grades, EpaGrade.FAIL);
		if (!failed.isEmpty()) {
			return Optional.of(new Outcome(EpaGrade.FAIL, failed));
		}
		List<EpaElement> distinctions = elementsGraded(grades, EpaGrade.DISTINCTION);
		if (!distinctions.isEmpty()) {
			return Optional.of(new Outcome(EpaGrade.DISTINCTION, distinctions));
		}
		if (grades.get(EpaElement.PD) == EpaGrade.MERIT) {
			return Optional.of(new Outcome(EpaGrade.MERIT, List.of(EpaElement.PD)));
		}
		return Optional.of(new Outcome(EpaGrade.PASS, List.of(EpaElement.values())));
	}

	/**
	 * Why the overall grade is what it is, in words for the confirmation: which elements
	 * decided it and, where a Distinction outranks the Professional Discussion's Merit,
	 * that too.
	 * @param grades each element's grade so far
	 * @return the message key, or empty while an element has none
	 */
	static Optional<String> reasonKey(Map<EpaElement, EpaGrade> grades) {
		return overall(grades).map((outcome) -> {
			String key = "epa.why." + outcome.grade() + "."
					+ String.join("_", outcome.deciding().stream().map(EpaElement::name).toList());
			boolean outranksMerit = outcome.grade() == EpaGrade.DISTINCTION
					&& grades.get(EpaElement.PD) == EpaGrade.MERIT;
			return outranksMerit ? key + ".overMerit" : key;
		});
	}

	private static List<EpaElement> elementsGraded(Map<EpaElement, EpaGrade> grades, EpaGrade grade) {
		return Arrays.stream(EpaElement.values()).filter((element) -> grades.get(element) == grade).toList();
	}

	/**
	 * An overall grade and the elements that decided it: the failed elements of a Fail,
	 * the elements graded Distinction of a Distinction, the Professional Discussion of a
	 * Merit, all three of a Pass.
	 *
	 * @param grade the overall grade
	 * @param deciding the elements that decided it, in order
	 */
	record Outcome(EpaGrade grade, List<EpaElement> deciding) {

		Outcome {
			deciding = List.copyOf(deciding);
		}

		/**
		 * The message that explains the outcome in words, naming the deciding elements,
		 * such as "Distinction: Professional Practice Test graded Distinction".
		 * @return its message key
		 */
		public String explanationKey() {
			return "epa.outcome." + this.grade + "."
					+ String.join("_", this.deciding.stream().map(EpaElement::name).toList());
		}

	}

}
