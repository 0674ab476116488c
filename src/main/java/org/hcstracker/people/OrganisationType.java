package org.hcstracker.people;

/**
 * What kind of organisation takes part in the programme.
 */
public enum OrganisationType {

	/** The training provider that delivers the programme and employs the coaches. */
	TRAINING_PROVIDER,

	/** An employer of apprentices; its line managers decide gateway. */
	EMPLOYER,

	/** An end-point assessment organisation; its assessors grade the EPA. */
	EPAO

}
