/**
 * Shared web glue: the page layout's model, error pages and the one place typed
 * exceptions become HTTP answers.
 */
@ApplicationModule(allowedDependencies = { "people", "security", "shared" })
@NullMarked
package org.hcstracker.web;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
