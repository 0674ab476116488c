package org.hcstracker.programme;

/**
 * A KSB statement as pages show it.
 *
 * @param id its id
 * @param code its code, for example "K1"
 * @param type knowledge, skill or behaviour
 * @param areaNumber the number of its programme area
 * @param statement its short statement
 * @param retired whether it has been retired
 */
public record KsbView(long id, String code, KsbType type, int areaNumber, String statement, boolean retired) {

	static KsbView of(Ksb ksb) {
		return new KsbView(ksb.requireId(), ksb.getCode(), ksb.getType(), ksb.getArea().getNumber(), ksb.getStatement(),
				ksb.isRetired());
	}

}
