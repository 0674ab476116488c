package org.hcstracker.gateway;

import java.util.Set;

/**
 * On what grounds a qualification item is met.
 */
public enum QualificationBasis {

	/** Achieved or held, with a certificate seen. */
	CERTIFICATE,

	/** Held before the programme, from a record of prior attainment. */
	PRIOR_ATTAINMENT,

	/** Exempt, for a recorded reason. */
	EXEMPT,

	/** Achieved (the Diploma), with its date and certificate. */
	ACHIEVED,

	/** Confirmed by the coach (the portfolio). */
	CONFIRMED;

	/**
	 * Whether these grounds stand only with an uploaded certificate.
	 * @return true for a certificate and the Diploma achieved
	 */
	public boolean needsCertificate() {
		return this == CERTIFICATE || this == ACHIEVED;
	}

	/**
	 * The grounds a coach may record for an item.
	 * @param item the item
	 * @return the grounds allowed
	 */
	static Set<QualificationBasis> allowedFor(GatewayItem item) {
		return switch (item) {
			case MATHS, ENGLISH -> Set.of(CERTIFICATE, PRIOR_ATTAINMENT, EXEMPT);
			case DIPLOMA -> Set.of(ACHIEVED);
			case PORTFOLIO -> Set.of(CONFIRMED);
			case SELF_ASSESSMENT -> Set.of();
		};
	}

}
