/**
 * Gateway: the readiness checklist, decided by one rule ({@code GatewayReadiness}) from
 * the coach's records and the portfolio itself, and the line manager's decision to
 * approve, decline or withdraw. Each audience has its own service: the checklist page's
 * reads, the items the coach records ({@link org.hcstracker.gateway.GatewayItemService}),
 * the line manager's decisions ({@link org.hcstracker.gateway.GatewayDecisionService})
 * and what other modules read for their lists
 * ({@link org.hcstracker.gateway.GatewayFacts}). The records and decisions guard their
 * own changes.
 */
@ApplicationModule(allowedDependencies = { "audit", "files", "people", "portfolio", "programme", "shared" })
@NullMarked
package org.hcstracker.gateway;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
