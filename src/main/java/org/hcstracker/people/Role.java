package org.hcstracker.people;

/**
 * What a person does in the programme. Each role belongs to one kind of organisation.
 */
public enum Role {

	/** The learner, employed by an employer. */
	APPRENTICE(OrganisationType.EMPLOYER),

	/** A Skills &amp; Development Coach at the training provider. */
	COACH(OrganisationType.TRAINING_PROVIDER),

	/** A line manager or apprenticeship lead at an employer. */
	EMPLOYER(OrganisationType.EMPLOYER),

	/** An independent end-point assessor at an end-point assessment organisation. */
	ASSESSOR(OrganisationType.EPAO),

	/** An administrator at the training provider. */
	ADMIN(OrganisationType.TRAINING_PROVIDER);

	private final OrganisationType organisationType;

	Role(OrganisationType organisationType) {
		this.organisationType = organisationType;
	}

	/**
	 * The kind of organisation a person in this role belongs to.
	 * @return the organisation type
	 */
	public OrganisationType organisationType() {
		return this.organisationType;
	}

}
