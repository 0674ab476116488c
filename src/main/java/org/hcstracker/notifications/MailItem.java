package org.hcstracker.notifications;

/**
 * One line of a message that lists several things (a digest's messages, a summary's
 * apprentices), with the page in the app it is about.
 *
 * @param text what the line says
 * @param link the page it is about
 */
record MailItem(String text, String link) {
}
