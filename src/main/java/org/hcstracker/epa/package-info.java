/**
 * End-point assessment: the admin assigns an assessor of the chosen EPAO; the assigned
 * assessor records the three elements (each attempt numbered), confirms the overall grade
 * (worked out by {@link org.hcstracker.epa.GradingPolicy} alone), amends a confirmed
 * result with a reason, and records the certificate request; the admin records the
 * certificate's issue. Everyone else who may see the apprentice reads the results; no one
 * else records.
 */
@ApplicationModule(allowedDependencies = { "audit", "people", "programme", "shared" })
@NullMarked
package org.hcstracker.epa;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
