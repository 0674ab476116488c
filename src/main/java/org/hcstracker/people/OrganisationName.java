package org.hcstracker.people;

/**
 * An organisation's name, read on its own.
 *
 * @param id the organisation
 * @param name the name
 */
record OrganisationName(long id, String name) {
}
