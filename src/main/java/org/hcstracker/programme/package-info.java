/**
 * The programme: divisions and the nine programme areas (reference data seeded by
 * migration), standard versions and their KSB statements (kept by the admin), and later
 * the enrolment of apprentices.
 */
@NullMarked
package org.hcstracker.programme;

import org.jspecify.annotations.NullMarked;
