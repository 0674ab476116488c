package org.hcstracker.programme;

import org.hcstracker.shared.ViewModel;

/**
 * One choice of a select box on a form.
 *
 * @param id the value sent
 * @param text what the person reads
 */
@ViewModel
public record SelectOption(long id, String text) {
}
