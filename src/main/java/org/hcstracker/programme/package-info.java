/**
 * The programme: divisions and the nine programme areas (reference data seeded by
 * migration), standard versions and their KSB statements (kept by the admin), and later
 * the enrolment of apprentices.
 */
@ApplicationModule(allowedDependencies = { "audit", "people", "shared" })
@NullMarked
package org.hcstracker.programme;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
