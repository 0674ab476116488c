/**
 * At-risk flags: computed from the programme, the portfolio and progress, never typed in;
 * each with its reason in plain words, combined into a red, amber or green status for the
 * coach's caseload, the line manager's list and the apprentice's page.
 */
@ApplicationModule(allowedDependencies = { "people", "portfolio", "programme", "progress", "shared" })
@NullMarked
package org.hcstracker.risk;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
