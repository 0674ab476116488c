package org.hcstracker.epa;

/**
 * One apprentice's EPA history, checked.
 *
 * @param apprenticeId the apprentice
 * @param name their name
 * @param check intact, or the first break
 */
record IntegrityResult(long apprenticeId, String name, ChainCheck check) {
}
