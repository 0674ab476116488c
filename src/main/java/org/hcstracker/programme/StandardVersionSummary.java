package org.hcstracker.programme;

import org.hcstracker.shared.ViewModel;

/**
 * A standard version in the administrator's list, with how many statements it has.
 *
 * @param id the version
 * @param name its name
 * @param current its statements in use
 * @param retired its retired statements
 */
@ViewModel
public record StandardVersionSummary(long id, String name, long current, long retired) {
}
