/**
 * People: organisations (the training provider, employers, end-point assessment
 * organisations), accounts and their roles.
 */
@ApplicationModule(allowedDependencies = { "audit", "shared" })
@NullMarked
package org.hcstracker.people;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
