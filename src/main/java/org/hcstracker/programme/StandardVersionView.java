package org.hcstracker.programme;

/**
 * A standard version as pages show it.
 *
 * @param id its id
 * @param name its name, for example "ST0220 v1.1"
 */
public record StandardVersionView(long id, String name) {

	static StandardVersionView of(StandardVersion version) {
		return new StandardVersionView(version.requireId(), version.getName());
	}

}
