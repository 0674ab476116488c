package org.hcstracker.programme;

/**
 * A standard version in the administrator's list, with how many statements it has.
 *
 * @param id the version
 * @param name its name
 * @param current its statements in use
 * @param retired its retired statements
 */
public record StandardVersionSummary(long id, String name, long current, long retired) {
}
