package org.hcstracker.notifications;

import java.time.Duration;
import java.time.Instant;

import org.hcstracker.people.AccountView;
import org.hcstracker.people.Role;
import org.junit.jupiter.api.Test;
import org.springframework.test.util.ReflectionTestUtils;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

/**
 * The life of one message in the outbox: a failed attempt is tried again after a wait
 * that doubles up to the longest wait and is given up after the last attempt; the error
 * kept for the administrator is cut to its column; holding for the digest and not
 * emailing apply only to a message still waiting, so a message sent or ended meanwhile
 * keeps its status; and only a held message is gathered into a digest, once.
 */
class NotificationTests {

	private static final Instant NOW = Instant.parse("2026-11-02T09:00:00Z");

	private static final Duration FIRST_WAIT = Duration.ofMinutes(1);

	private static final Duration LONGEST_WAIT = Duration.ofMinutes(10);

	@Test
	void aFailedAttemptIsTriedAgainAfterAWaitThatDoublesUpToTheLongestWait() {
		Notification message = message();

		message.failed("Connection refused", NOW, FIRST_WAIT, LONGEST_WAIT, 10);
		assertThat(message.getNextAttemptAt()).isEqualTo(NOW.plus(Duration.ofMinutes(1)));
		message.failed("Connection refused", NOW, FIRST_WAIT, LONGEST_WAIT, 10);
		assertThat(message.getNextAttemptAt()).isEqualTo(NOW.plus(Duration.ofMinutes(2)));
		message.failed("Connection refused", NOW, FIRST_WAIT, LONGEST_WAIT, 10);
		assertThat(message.getNextAttemptAt()).isEqualTo(NOW.plus(Duration.ofMinutes(4)));
		message.failed("Connection refused", NOW, FIRST_WAIT, LONGEST_WAIT, 10);
		assertThat(message.getNextAttemptAt()).isEqualTo(NOW.plus(Duration.ofMinutes(8)));
		message.failed("Connection refused", NOW, FIRST_WAIT, LONGEST_WAIT, 10);
		assertThat(message.getNextAttemptAt()).as("never longer than the longest wait")
			.isEqualTo(NOW.plus(LONGEST_WAIT));

		assertThat(message.getStatus()).isEqualTo(NotificationStatus.WAITING);
		assertThat(message.getAttempts()).isEqualTo(5);
	}

	@Test
	void aMessageIsGivenUpAfterTheLastAttempt() {
		Notification message = message();

		message.failed("Connection refused", NOW, FIRST_WAIT, LONGEST_WAIT, 2);
		assertThat(message.getStatus()).isEqualTo(NotificationStatus.WAITING);
		message.failed("Mailbox unavailable", NOW.plusSeconds(60), FIRST_WAIT, LONGEST_WAIT, 2);

		assertThat(message.getStatus()).isEqualTo(NotificationStatus.FAILED);
		assertThat(message.getLastError()).isEqualTo("Mailbox unavailable");
	}

	@Test
	void theErrorKeptIsCutToItsColumn() {
		Notification message = message();

		message.failed("x".repeat(Notification.ERROR_MAX_LENGTH + 40), NOW, FIRST_WAIT, LONGEST_WAIT, 5);

		assertThat(message.getLastError()).hasSize(Notification.ERROR_MAX_LENGTH);
	}

	@Test
	void aWaitingMessageIsHeldForTheDigestOrNotEmailedAsTheRecipientChose() {
		Notification held = message();
		held.holdForDigest();
		assertThat(held.getStatus()).isEqualTo(NotificationStatus.HELD_FOR_DIGEST);

		Notification notEmailed = message();
		notEmailed.notEmailed(NOW);
		assertThat(notEmailed.getStatus()).isEqualTo(NotificationStatus.NOT_EMAILED);
	}

	@Test
	void aMessageSentMeanwhileKeepsItsStatus() {
		Notification message = message();
		message.sent(NOW);

		message.holdForDigest();
		assertThat(message.getStatus()).isEqualTo(NotificationStatus.SENT);
		message.notEmailed(NOW);
		assertThat(message.getStatus()).isEqualTo(NotificationStatus.SENT);
	}

	@Test
	void onlyAMessageHeldForTheDigestIsGatheredIntoOneAndOnlyOnce() {
		Notification digest = message();
		ReflectionTestUtils.setField(digest, "id", 42L);
		Notification waiting = message();
		assertThatIllegalStateException().isThrownBy(() -> waiting.gatheredInto(digest));

		Notification held = message();
		held.holdForDigest();
		held.gatheredInto(digest);

		assertThat(held.getDigestId()).isEqualTo(42L);
		assertThatIllegalStateException().isThrownBy(() -> held.gatheredInto(digest));
	}

	private static Notification message() {
		AccountView recipient = new AccountView(5, "liam.oconnor@example.org", "Liam O'Connor", Role.APPRENTICE, 3,
				"Harbour Care", true);
		return new Notification(new NotificationFacts(NotificationKind.EVIDENCE_ACCEPTED, recipient, 1, "Liam O'Connor",
				7, "Site survey write-up", null, null, null), NOW, NOW, "hcs.example.org");
	}

}
