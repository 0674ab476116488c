/**
 * The audit trail: every state change, who made it, when, and what it was before and
 * after. Every module may call it; it calls none of them.
 */
@ApplicationModule(allowedDependencies = { "shared" })
@NullMarked
package org.hcstracker.audit;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
