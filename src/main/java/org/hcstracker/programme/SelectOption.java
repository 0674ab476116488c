package org.hcstracker.programme;

/**
 * One choice of a select box on a form.
 *
 * @param id the value sent
 * @param text what the person reads
 */
public record SelectOption(long id, String text) {
}
