/**
 * The portfolio: evidence the apprentice logs, mapped to the programme areas and KSB
 * statements of their standard version, the coach's review of it, and coverage at a
 * glance.
 */
@ApplicationModule(allowedDependencies = { "audit", "files", "people", "programme", "shared" })
@NullMarked
package org.hcstracker.portfolio;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
