package org.hcstracker.progress;

import org.jspecify.annotations.Nullable;

/**
 * One progress review, with what the person looking may do with it.
 *
 * @param review the review
 * @param mayEdit whether they may change what was recorded: the coach, until the first
 * signature
 * @param waitsForViewer whether it waits for their signature
 * @param whyNotEdit why the coach may not change it now (for example the apprentice has
 * left the programme), or null if they may or it is not theirs to change
 * @param mayCancel whether they may cancel it: the coach, while it is scheduled and open
 */
public record ReviewDetail(ReviewView review, boolean mayEdit, boolean waitsForViewer, @Nullable String whyNotEdit,
		boolean mayCancel) {
}
