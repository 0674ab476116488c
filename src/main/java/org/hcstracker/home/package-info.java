/**
 * The read side that gathers from several feature modules: each role's home page, which
 * starts with what needs that person now, and the administrator's audit trail. Nothing
 * depends on it.
 */
@ApplicationModule(allowedDependencies = { "audit", "epa", "gateway", "people", "portfolio", "programme", "progress",
		"risk", "shared" })
@NullMarked
package org.hcstracker.home;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
