/**
 * Signing in and out, who may reach which area, the signed-in person, and the security
 * baseline (CSRF, session handling, headers, sign-in throttling).
 */
@ApplicationModule(allowedDependencies = { "people", "shared" })
@NullMarked
package org.hcstracker.security;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
