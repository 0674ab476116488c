/**
 * Demo data for the embedded default database, so that someone who runs the app for the
 * first time can sign in as each role and see every feature at work. Never loaded into
 * PostgreSQL unless switched on explicitly. Depends on the feature modules; nothing
 * depends on it.
 */
@ApplicationModule(allowedDependencies = { "audit", "epa", "files", "gateway", "notifications", "people", "portfolio",
		"programme", "progress", "shared" })
@NullMarked
package org.hcstracker.demo;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
