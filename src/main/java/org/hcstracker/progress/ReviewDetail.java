package org.hcstracker.progress;

/**
 * One progress review, with what the person looking may do with it.
 *
 * @param review the review
 * @param mayEdit whether they may change what was recorded: the coach, until the first
 * signature
 * @param waitsForViewer whether it waits for their signature
 */
public record ReviewDetail(ReviewView review, boolean mayEdit, boolean waitsForViewer) {
}
