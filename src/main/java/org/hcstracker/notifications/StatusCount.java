package org.hcstracker.notifications;

/**
 * How many messages are in one state.
 *
 * @param status the state
 * @param messages how many
 */
record StatusCount(NotificationStatus status, long messages) {
}
