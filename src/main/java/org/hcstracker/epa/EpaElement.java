package org.hcstracker.epa;

import java.util.List;

/**
 * The three elements of the end-point assessment, in order, each with its own scale.
 */
public enum EpaElement {

	/** 1 Vocational Competence Observation: Fail or Pass. */
	VCO(List.of(EpaGrade.FAIL, EpaGrade.PASS)),

	/** 2 Professional Practice Test: Fail, Pass or Distinction. */
	PPT(List.of(EpaGrade.FAIL, EpaGrade.PASS, EpaGrade.DISTINCTION)),

	/** 3 Professional Discussion: Fail, Pass, Merit or Distinction. */
	PD(List.of(EpaGrade.FAIL, EpaGrade.PASS, EpaGrade.MERIT, EpaGrade.DISTINCTION));

	private final List<EpaGrade> grades;

	EpaElement(List<EpaGrade> grades) {
		this.grades = grades;
	}

	/**
	 * The grades this element may be given, lowest first.
	 * @return its scale
	 */
	public List<EpaGrade> grades() {
		return this.grades;
	}

	/**
	 * The element's number in the assessment plan.
	 * @return 1, 2 or 3
	 */
	public int number() {
		return ordinal() + 1;
	}

}
