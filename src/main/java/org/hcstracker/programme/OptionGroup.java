package org.hcstracker.programme;

import java.util.List;
import org.hcstracker.shared.ViewModel;

/**
 * Choices of a select box gathered under a heading, such as the line managers of one
 * employer.
 *
 * @param label the heading
 * @param options the choices under it
 */
@ViewModel
public record OptionGroup(String label, List<SelectOption> options) {
}
