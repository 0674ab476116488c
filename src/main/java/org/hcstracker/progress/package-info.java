/**
 * Progress: the off-the-job training log, approved or queried by the coach, measured
 * against the planned hours and against where the apprentice should be by now.
 */
@ApplicationModule(allowedDependencies = { "audit", "people", "portfolio", "programme", "shared" })
@NullMarked
package org.hcstracker.progress;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
