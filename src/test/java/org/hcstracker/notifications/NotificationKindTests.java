package org.hcstracker.notifications;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.Properties;

import org.hcstracker.people.Role;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What each kind of message declares: who may receive it, how by default, whether the
 * programme requires it; and that each has its subject, its label and its templates.
 */
class NotificationKindTests {

	@Test
	void theRequestsToSignOrDecideAndTheDigestAreRequiredAndEmailedAtOnce() {
		assertThat(Arrays.stream(NotificationKind.values()).filter(NotificationKind::required))
			.containsExactly(NotificationKind.REVIEW_TO_SIGN, NotificationKind.REVIEW_TO_SIGN_REMINDER,
					NotificationKind.DAILY_DIGEST, NotificationKind.GATEWAY_DECISION,
					NotificationKind.GATEWAY_DECISION_REMINDER)
			.allSatisfy((kind) -> assertThat(kind.byDefault()).isEqualTo(Delivery.IMMEDIATE));
	}

	@Test
	void theCoachHearsOfEvidenceAndHoursInADailyDigestUnlessTheyChooseOtherwise() {
		assertThat(NotificationSettings.kindsFor(Role.COACH)).containsExactly(NotificationKind.EVIDENCE_SUBMITTED,
				NotificationKind.HOURS_LOGGED, NotificationKind.WEEKLY_SUMMARY, NotificationKind.GRADE_CONFIRMED,
				NotificationKind.CERTIFICATE_ISSUED, NotificationKind.EVIDENCE_MESSAGE);
		assertThat(NotificationKind.EVIDENCE_SUBMITTED.byDefault()).isEqualTo(Delivery.DAILY_DIGEST);
		assertThat(NotificationKind.HOURS_LOGGED.byDefault()).isEqualTo(Delivery.DAILY_DIGEST);
		assertThat(NotificationKind.WEEKLY_SUMMARY.byDefault()).isEqualTo(Delivery.IMMEDIATE);
	}

	@Test
	void eachRoleIsSentItsOwnKinds() {
		assertThat(NotificationSettings.kindsFor(Role.APPRENTICE)).containsExactly(NotificationKind.REVIEW_TO_SIGN,
				NotificationKind.REVIEW_TO_SIGN_REMINDER, NotificationKind.REVIEW_SCHEDULED,
				NotificationKind.EVIDENCE_RETURNED, NotificationKind.EVIDENCE_ACCEPTED, NotificationKind.HOURS_QUERIED,
				NotificationKind.GRADE_CONFIRMED, NotificationKind.CERTIFICATE_ISSUED,
				NotificationKind.EVIDENCE_MESSAGE);
		assertThat(NotificationSettings.kindsFor(Role.EMPLOYER)).containsExactly(NotificationKind.REVIEW_TO_SIGN,
				NotificationKind.REVIEW_TO_SIGN_REMINDER, NotificationKind.REVIEW_SCHEDULED,
				NotificationKind.GATEWAY_DECISION, NotificationKind.GATEWAY_DECISION_REMINDER,
				NotificationKind.GRADE_CONFIRMED, NotificationKind.CERTIFICATE_ISSUED);
		assertThat(NotificationSettings.kindsFor(Role.ADMIN)).containsExactly(NotificationKind.GATEWAY_APPROVED,
				NotificationKind.CERTIFICATE_TO_RECORD);
		assertThat(NotificationSettings.kindsFor(Role.ASSESSOR)).containsExactly(NotificationKind.ASSESSOR_ASSIGNED);
		assertThat(Arrays.stream(Role.values()).flatMap((role) -> NotificationSettings.kindsFor(role).stream()))
			.doesNotContain(NotificationKind.DAILY_DIGEST);
		assertThat(NotificationKind.DAILY_DIGEST.listed()).isFalse();
	}

	@Test
	void everyKindHasItsSubjectLabelAndTemplates() throws IOException {
		Properties messages = new Properties();
		try (InputStream in = getClass().getResourceAsStream("/messages.properties")) {
			messages.load(in);
		}
		for (NotificationKind kind : NotificationKind.values()) {
			assertThat(messages).as(kind.name())
				.containsKeys("notification.subject." + kind.name(), "notification.kind." + kind.name());
			assertThat(getClass().getResource("/templates/mail/" + kind.template() + ".html")).as(kind.name())
				.isNotNull();
			assertThat(getClass().getResource("/templates/mail/" + kind.template() + ".txt")).as(kind.name())
				.isNotNull();
			if (kind.template().equals("notice")) {
				assertThat(messages).as(kind.name()).containsKey("mail.notice.text." + kind.name());
			}
		}
		for (Delivery delivery : Delivery.values()) {
			assertThat(messages).containsKey("notification.delivery." + delivery.name());
		}
		for (NotificationStatus status : NotificationStatus.values()) {
			assertThat(messages).containsKey("notification.status." + status.name());
		}
	}

}
