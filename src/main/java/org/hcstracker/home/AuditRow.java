package org.hcstracker.home;

import org.jspecify.annotations.Nullable;

/**
 * One change of the audit trail as the administrator reads it: in words, with names.
 *
 * @param when when it happened, in England's time
 * @param who who made it
 * @param what what was done, in words
 * @param about the apprentice, person or organisation it concerns, or the kind of record
 * @param before the state before, in words, if any
 * @param after the state after, in words, if any
 */
record AuditRow(String when, String who, String what, String about, @Nullable String before, @Nullable String after) {
}
