package org.hcstracker.people;

/**
 * An organisation has a new name: published in the transaction that renames it, so that a
 * module keeping a copy of the name updates it in the same transaction.
 *
 * @param organisationId the organisation
 * @param name its new name
 */
public record OrganisationRenamed(long organisationId, String name) {
}
