package org.hcstracker.people;

/**
 * What it takes to create an account.
 *
 * @param name the person's name
 * @param email the address they will sign in with
 * @param role their role
 * @param organisationId their organisation, of the kind their role belongs to
 */
public record NewAccount(String name, EmailAddress email, Role role, long organisationId) {
}
