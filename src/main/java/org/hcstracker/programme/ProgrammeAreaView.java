package org.hcstracker.programme;

/**
 * A programme area as pages show it.
 *
 * @param id the area's id
 * @param number its number, 1 to 9
 * @param name its name
 */
public record ProgrammeAreaView(long id, int number, String name) {

	static ProgrammeAreaView of(ProgrammeArea area) {
		return new ProgrammeAreaView(area.requireId(), area.getNumber(), area.getName());
	}

}
