/**
 * Notifications: each change someone must hear about (a review to sign, a review
 * scheduled, evidence returned or accepted, a message in an evidence's conversation,
 * hours queried, a gateway decision waiting or approved, an assessor assigned, the grade
 * confirmed, the certificate to record or issued) writes its messages to an outbox in the
 * change's own transaction, from the events the lower modules publish; a scheduled sender
 * delivers them by email, at least once each, with retries and back-off. A line manager
 * signs a review or takes a gateway decision from a one-time emailed link bound to that
 * one thing. Each person also finds their messages in the app, with an unread count on
 * every page, and chooses per kind to receive them at once, in a daily digest or not by
 * email (kinds the programme requires excepted). Coaches get a weekly summary of their
 * apprentices at risk, from the at-risk flags. The administrator sees the outbox; in the
 * demo, each person reads their own messages. Nothing depends on it.
 */
@ApplicationModule(
		allowedDependencies = { "epa", "gateway", "people", "portfolio", "programme", "progress", "risk", "shared" })
@NullMarked
package org.hcstracker.notifications;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
