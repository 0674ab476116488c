package org.hcstracker.programme;

import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.JpaSort;

/**
 * The orders a list of apprentices can be shown in. Each ends with the id, so pages never
 * overlap.
 */
public enum ApprenticeSort {

	/**
	 * The most at risk first (then by name): ordered in the database from each
	 * apprentice's summary by the lists that show the at-risk flags, so offered only
	 * there.
	 */
	RISK("ap.name"),

	/** By name, A to Z. */
	NAME("ap.name"),

	/** By learner number. */
	ULN("ap.uln"),

	/** Longest on programme first. */
	START("ap.startDate"),

	/** By status. */
	STATUS("ap.status"),

	/** By division. */
	DIVISION("d.displayOrder"),

	/** By employer. */
	EMPLOYER("ap.employerName");

	private final String expression;

	ApprenticeSort(String expression) {
		this.expression = expression;
	}

	/**
	 * The order with the given name, or by name if there is none such.
	 * @param name the name, as in a link
	 * @return the order
	 */
	public static ApprenticeSort fromName(@org.jspecify.annotations.Nullable String name) {
		return fromName(name, NAME);
	}

	static ApprenticeSort fromName(@org.jspecify.annotations.Nullable String name, ApprenticeSort otherwise) {
		for (ApprenticeSort sort : values()) {
			if (sort.name().equals(name)) {
				return sort;
			}
		}
		return otherwise;
	}

	Sort toSort() {
		return JpaSort.unsafe(Sort.Direction.ASC, this.expression).andUnsafe(Sort.Direction.ASC, "ap.id");
	}

}
