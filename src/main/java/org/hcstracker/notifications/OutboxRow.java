package org.hcstracker.notifications;

import java.time.Instant;

import org.hcstracker.shared.ViewModel;
import org.jspecify.annotations.Nullable;

/**
 * A message as the outbox page and the demo mailbox list it: never its body, so never a
 * one-time link.
 *
 * @param id the message
 * @param kind what it tells
 * @param subject its subject line
 * @param recipientName to whom
 * @param recipientEmail their address
 * @param status where it is
 * @param createdAt when it was written
 * @param dueAt when it is (or was) due
 * @param attempts the attempts made
 * @param sentAt when the mail server accepted it, once sent
 * @param lastError what went wrong at the last failed attempt, if any
 */
@ViewModel
public record OutboxRow(long id, NotificationKind kind, String subject, String recipientName, String recipientEmail,
		NotificationStatus status, Instant createdAt, Instant dueAt, int attempts, @Nullable Instant sentAt,
		@Nullable String lastError) {
}
