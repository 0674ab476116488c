package org.hcstracker.epa;

/**
 * A grade on one element's scale: a grade outside it cannot be made.
 *
 * @param element the element
 * @param grade the grade, one of the element's
 */
record ElementGrade(EpaElement element, EpaGrade grade) {

	ElementGrade {
		if (!element.grades().contains(grade)) {
			throw new EpaRuleException("epa.grade.outsideScale");
		}
	}

}
