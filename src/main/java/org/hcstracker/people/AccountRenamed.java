package org.hcstracker.people;

/**
 * A person has a new name: published in the transaction that renames their account, so
 * that a module keeping a copy of the name updates it in the same transaction.
 *
 * @param accountId the account
 * @param name the new name
 */
public record AccountRenamed(long accountId, String name) {
}
