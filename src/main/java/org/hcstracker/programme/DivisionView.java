package org.hcstracker.programme;

/**
 * A division as pages show it.
 *
 * @param id the division's id
 * @param code a stable code, also the key of its label in the messages
 * @param name the division's name
 */
public record DivisionView(long id, String code, String name) {

	static DivisionView of(Division division) {
		return new DivisionView(division.requireId(), division.getCode(), division.getName());
	}

}
