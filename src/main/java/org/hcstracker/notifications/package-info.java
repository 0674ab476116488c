/**
 * Notifications: each change someone must hear about (a review to sign, a review
 * scheduled, evidence returned or accepted, hours queried) writes its messages to an
 * outbox in the change's own transaction, from the events the lower modules publish; a
 * scheduled sender delivers them by email, at least once each, with retries and back-off.
 * The administrator sees the outbox; in the demo, each person reads their own messages.
 * Nothing depends on it.
 */
@ApplicationModule(allowedDependencies = { "people", "portfolio", "programme", "progress", "shared" })
@NullMarked
package org.hcstracker.notifications;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
