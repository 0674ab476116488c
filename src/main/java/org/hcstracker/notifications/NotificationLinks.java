package org.hcstracker.notifications;

/**
 * The page in the app a message is about, as a path: the same in the email (after the
 * app's address) and in the list of notifications. Never a one-time link to sign.
 */
final class NotificationLinks {

	private NotificationLinks() {
	}

	/**
	 * The path of the page the message is about.
	 * @param notification the message
	 * @return its path, from the app's root
	 */
	static String path(Notification notification) {
		String apprentice = "/apprentices/" + notification.getApprenticeId();
		return switch (notification.getKind()) {
			case REVIEW_TO_SIGN, REVIEW_TO_SIGN_REMINDER, REVIEW_SCHEDULED ->
				apprentice + "/reviews/" + notification.getSubjectId();
			case EVIDENCE_RETURNED, EVIDENCE_ACCEPTED, EVIDENCE_SUBMITTED, EVIDENCE_MESSAGE ->
				apprentice + "/evidence/" + notification.getSubjectId();
			case HOURS_QUERIED, HOURS_LOGGED -> apprentice + "/off-the-job";
			case GATEWAY_DECISION, GATEWAY_DECISION_REMINDER -> apprentice + "/gateway";
			case GATEWAY_APPROVED, CERTIFICATE_TO_RECORD, ASSESSOR_ASSIGNED, GRADE_CONFIRMED, CERTIFICATE_ISSUED ->
				apprentice + "/epa";
			case WEEKLY_SUMMARY -> "/coach";
			case DAILY_DIGEST -> "/notifications";
		};
	}

}
