/**
 * Gateway: the readiness checklist, decided by one service from the coach's records and
 * the portfolio itself, and the line manager's decision to approve, decline or withdraw.
 */
@ApplicationModule(allowedDependencies = { "audit", "files", "people", "portfolio", "programme", "shared" })
@NullMarked
package org.hcstracker.gateway;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
