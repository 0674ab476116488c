package org.hcstracker.people;

/**
 * A person's name, read on its own.
 *
 * @param id the account
 * @param name the name
 */
record PersonName(long id, String name) {
}
