package org.hcstracker.people;

/**
 * A person may no longer sign in: published in the transaction that disables their
 * account, so that their sessions can be ended once it commits.
 *
 * @param accountId the account
 * @param email its email address, the name its sessions are kept under
 */
public record AccountDisabled(long accountId, String email) {
}
