package org.hcstracker.notifications;

import java.time.Instant;

import org.hcstracker.shared.ViewModel;

/**
 * A message in the person's list of notifications: its subject, when it was due, the page
 * in the app it is about (never a one-time link) and whether it was new when the list was
 * opened.
 *
 * @param id the message
 * @param kind what it tells
 * @param subject its subject line
 * @param dueAt when it was due
 * @param link the path of the page it is about
 * @param unread whether the person had not seen it before
 */
@ViewModel
public record NotificationRow(long id, NotificationKind kind, String subject, Instant dueAt, String link,
		boolean unread) {
}
