package org.hcstracker.programme;

/**
 * The kind of a KSB statement, given by the first letter of its code.
 */
public enum KsbType {

	/** What the apprentice knows and understands (codes K1, K2 ...). */
	KNOWLEDGE,

	/** What the apprentice can do (codes S1, S2 ...). */
	SKILL,

	/** How the apprentice behaves (codes B1, B2 ...). */
	BEHAVIOUR;

	static KsbType ofCodeLetter(char letter) {
		return switch (letter) {
			case 'K' -> KNOWLEDGE;
			case 'S' -> SKILL;
			case 'B' -> BEHAVIOUR;
			default -> throw new IllegalArgumentException("A KSB code starts with K, S or B");
		};
	}

}
