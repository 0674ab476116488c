/**
 * Shared kernel: the one id and equality policy for entities, the clock, and the base of
 * the typed "not found" exceptions. Every module may use it; it uses none of them.
 */
@ApplicationModule(displayName = "Shared kernel", type = ApplicationModule.Type.OPEN)
@NullMarked
package org.hcstracker.shared;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
