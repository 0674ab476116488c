package org.hcstracker.programme;

/**
 * An apprentice as a short list names them.
 *
 * @param id the apprentice
 * @param name their name
 */
public record ApprenticeName(long id, String name) {
}
