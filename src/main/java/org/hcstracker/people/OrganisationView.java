package org.hcstracker.people;

/**
 * An organisation as pages show it.
 *
 * @param id its id
 * @param name its name
 * @param type what kind of organisation it is
 */
public record OrganisationView(long id, String name, OrganisationType type) {

	static OrganisationView of(Organisation organisation) {
		return new OrganisationView(organisation.requireId(), organisation.getName(), organisation.getType());
	}

}
