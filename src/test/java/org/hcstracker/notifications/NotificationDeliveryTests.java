package org.hcstracker.notifications;

import java.io.InputStream;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;

import com.icegreen.greenmail.util.GreenMail;
import jakarta.mail.BodyPart;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import org.hcstracker.people.CurrentUser;
import org.hcstracker.progress.AgreedAction;
import org.hcstracker.progress.OffTheJobActivity;
import org.hcstracker.progress.OffTheJobDetails;
import org.hcstracker.progress.OffTheJobService;
import org.hcstracker.progress.ProgressReviewScheduling;
import org.hcstracker.progress.ProgressReviewService;
import org.hcstracker.progress.ReviewContent;
import org.hcstracker.progress.ReviewRag;
import org.hcstracker.progress.ReviewVenue;
import org.hcstracker.shared.Formats;
import org.hcstracker.shared.UkTime;
import org.hcstracker.testsupport.MutableClock;
import org.hcstracker.testsupport.TestAccounts;
import org.hcstracker.testsupport.TestApprentices;
import org.hcstracker.testsupport.TestApprentices.Enrolled;
import org.hcstracker.testsupport.TestEvidence;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Real SMTP delivery from the outbox to a GreenMail server: the messages each change
 * writes, their HTML and plain-text bodies and iCalendar invitation, retries while the
 * server is down, no duplicates, nothing for a change rolled back, reminders on working
 * days, and the lock that keeps the sender to one node.
 */
class NotificationDeliveryTests extends WithMailServer {

	private static final LocalTime TEN = LocalTime.of(10, 0);

	@Autowired
	OutboxSender sender;

	@Autowired
	SendingSchedule schedule;

	@Autowired
	Outbox outbox;

	@Autowired
	ProgressReviewService reviews;

	@Autowired
	ProgressReviewScheduling scheduling;

	@Autowired
	OffTheJobService offTheJob;

	@Autowired
	TestApprentices testApprentices;

	@Autowired
	org.hcstracker.gateway.GatewayItemService gatewayItems;

	@Autowired
	org.hcstracker.gateway.GatewayDecisionService gatewayDecisions;

	@Autowired
	org.hcstracker.portfolio.EvidenceService evidence;

	@Autowired
	org.hcstracker.portfolio.EvidenceReviewService evidenceReview;

	@Autowired
	TestAccounts testAccounts;

	@Autowired
	org.hcstracker.portfolio.EvidenceConversation conversation;

	@Autowired
	TestEvidence testEvidence;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	MutableClock clock;

	@Autowired
	PlatformTransactionManager transactionManager;

	private Enrolled enrolled;

	private CurrentUser coach;

	@BeforeEach
	void enrol() {
		this.clock.set(Instant.now());
		this.jdbc.sql("update notifications set status = 'CANCELLED' where status = 'WAITING'").update();
		this.jdbc.sql("update shedlock set lock_until = current_timestamp - interval '1' hour").update();
		this.enrolled = this.testApprentices.enrolNew();
		this.coach = this.testEvidence.coach(this.enrolled);
	}

	@AfterEach
	void emptyMailboxes() throws Exception {
		if (!smtp.isRunning()) {
			smtp = new GreenMail(SMTP);
			smtp.start();
		}
		smtp.purgeEmailFromAllMailboxes();
	}

	@Test
	void aReviewHeldAsksTheApprenticeAndTheLineManagerToSignInHtmlAndPlainText() throws Exception {
		long reviewId = this.reviews.record(this.enrolled.id(), held(), this.coach);

		assertThat(this.sender.sendDue()).isEqualTo(2);

		MimeMessage[] received = smtp.getReceivedMessages();
		assertThat(received).extracting(NotificationDeliveryTests::recipient)
			.containsExactlyInAnyOrder(apprenticeEmail(), this.enrolled.lineManager().email());
		MimeMessage toManager = to(this.enrolled.lineManager().email());
		assertThat(toManager.getSubject()).isEqualTo("A progress review to sign: " + apprenticeName());
		assertThat(toManager.getMessageID())
			.isEqualTo(messageId(reviewId, this.enrolled.lineManager().id(), "REVIEW_TO_SIGN"));
		String text = part(toManager, "text/plain");
		String html = part(toManager, "text/html");
		assertThat(text).contains("Dear " + this.enrolled.lineManager().name() + ",")
			.contains("The progress review of " + apprenticeName() + " has been recorded")
			.contains("/apprentices/" + this.enrolled.id() + "/reviews/" + reviewId)
			.doesNotContain("<p>");
		assertThat(html).contains("<p>Dear " + this.enrolled.lineManager().name() + ",</p>")
			.contains("href=\"http://localhost:8080/apprentices/" + this.enrolled.id() + "/reviews/" + reviewId + "\"");
		assertThat(status(reviewId, "REVIEW_TO_SIGN")).containsOnly("SENT");
	}

	@Test
	void anUnsignedReviewIsRemindedOfAfterThreeAndSevenWorkingDaysUntilSigned() throws Exception {
		this.clock.set(Instant.parse("2026-12-23T12:00:00Z"));
		long reviewId = this.reviews.record(this.enrolled.id(), held(), this.coach);
		this.sender.sendDue();
		smtp.purgeEmailFromAllMailboxes();

		// Wednesday 23 December: Christmas Day and Boxing Day (moved to the 28th) are not
		// working days, so three working days on is Wednesday 30 December, seven is 6
		// January.
		assertThat(dueDates(reviewId)).containsExactly(london("2026-12-30T09:00"), london("2026-12-30T09:00"),
				london("2027-01-06T09:00"), london("2027-01-06T09:00"));

		this.clock.set(london("2026-12-30T08:59"));
		assertThat(this.sender.sendDue()).isZero();
		this.clock.set(london("2026-12-30T09:00"));
		assertThat(this.sender.sendDue()).isEqualTo(2);
		assertThat(smtp.getReceivedMessages()).allSatisfy(
				(message) -> assertThat(message.getSubject()).startsWith("Reminder: a progress review to sign"));
		smtp.purgeEmailFromAllMailboxes();

		this.reviews.sign(this.enrolled.id(), reviewId, reviewVersion(reviewId), null,
				TestAccounts.signedIn(this.enrolled.lineManager()));
		this.clock.set(london("2027-01-06T09:00"));

		assertThat(this.sender.sendDue()).isEqualTo(1);
		assertThat(smtp.getReceivedMessages()).singleElement()
			.satisfies((message) -> assertThat(recipient(message)).isEqualTo(apprenticeEmail()));
		assertThat(this.jdbc.sql("""
				select status from notifications where subject_id = ? and recipient_id = ?
				and kind = 'REVIEW_TO_SIGN_REMINDER' order by due_at""")
			.params(reviewId, this.enrolled.lineManager().id())
			.query(String.class)
			.list()).containsExactly("SENT", "CANCELLED");
	}

	@Test
	void aReviewScheduledCarriesAnInvitationThatCalendarsRead() throws Exception {
		LocalDate date = LocalDate.now(UkTime.ZONE).plusDays(10);
		long reviewId = this.scheduling.schedule(this.enrolled.id(), date, TEN,
				new ReviewVenue("Pathology seminar room", "https://meet.example.com/review-7"), this.coach);

		assertThat(this.sender.sendDue()).isEqualTo(2);

		MimeMessage toApprentice = to(apprenticeEmail());
		assertThat(toApprentice.getSubject()).isEqualTo("Progress review scheduled: " + apprenticeName());
		assertThat(part(toApprentice, "text/plain")).contains("Where: Pathology seminar room")
			.contains("Join online: https://meet.example.com/review-7")
			.contains(" at 10:00");
		BodyPart invitation = attachment(toApprentice);
		assertThat(invitation.getFileName()).isEqualTo("invitation.ics");
		assertThat(invitation.getContentType()).startsWith("text/calendar");
		Calendar calendar;
		try (InputStream in = invitation.getInputStream()) {
			calendar = new CalendarBuilder().build(in);
		}
		assertThat(calendar.getProperty("METHOD").orElseThrow().getValue()).isEqualTo("REQUEST");
		VEvent event = (VEvent) calendar.getComponents().get(0);
		assertThat(event.getProperty("UID").orElseThrow().getValue())
			.isEqualTo("progress-review-" + reviewId + "@hcs-tracker.invalid");
		assertThat(event.getProperty("LOCATION").orElseThrow().getValue()).isEqualTo("Pathology seminar room");
		assertThat(Instant.from(event.getStartDate().orElseThrow().getDate()))
			.isEqualTo(date.atTime(TEN).atZone(UkTime.ZONE).toInstant());
		assertThat(to(this.enrolled.lineManager().email()).getSubject()).isEqualTo(toApprentice.getSubject());
	}

	@Test
	void theApprenticeHearsWhenEvidenceIsReturnedOrAccepted() throws Exception {
		this.testEvidence.returned(this.enrolled, "Sample reception log", 1);
		this.testEvidence.accepted(this.enrolled, "Reflective account", 2);

		assertThat(this.sender.sendDue()).isEqualTo(2);

		assertThat(smtp.getReceivedMessages()).extracting(MimeMessage::getSubject)
			.containsExactlyInAnyOrder("Evidence returned with feedback: Sample reception log",
					"Evidence accepted: Reflective account");
		assertThat(smtp.getReceivedMessages())
			.allSatisfy((message) -> assertThat(recipient(message)).isEqualTo(apprenticeEmail()));
	}

	@Test
	void theApprenticeHearsWhenTheirHoursAreQueried() throws Exception {
		LocalDate day = LocalDate.now(UkTime.ZONE).minusDays(2);
		long entry = this.offTheJob.record(this.enrolled.id(),
				new OffTheJobDetails(day, new java.math.BigDecimal("3.5"), OffTheJobActivity.STUDY_DAY, null),
				this.testEvidence.apprentice(this.enrolled));
		long version = this.jdbc.sql("select version from off_the_job_entries where id = ?")
			.param(entry)
			.query(Long.class)
			.single();

		this.offTheJob.query(this.enrolled.id(), entry, version, "Which course was it?", this.coach);

		assertThat(this.sender.sendDue()).isEqualTo(1);
		MimeMessage message = to(apprenticeEmail());
		assertThat(message.getSubject()).isEqualTo("Off-the-job hours queried: " + Formats.date(day));
		assertThat(part(message, "text/plain")).contains("/apprentices/" + this.enrolled.id() + "/off-the-job")
			.contains("Your coach has queried your off-the-job entry of " + Formats.date(day)
					+ ". Open your off-the-job log to see their question and answer it.");
		assertThat(part(message, "text/html"))
			.contains("Your coach has queried your off-the-job entry of " + Formats.date(day));
	}

	@Test
	void aGatewayWaitingAsksTheLineManagerWithAOneTimeLinkAndRemindsOnWorkingDaysUntilDecided() throws Exception {
		ReadyForGateway ready = new ReadyForGateway(this.testEvidence, this.gatewayItems, this.evidence,
				this.evidenceReview);
		ready.allButPortfolio(this.enrolled);
		this.sender.sendDue();
		smtp.purgeEmailFromAllMailboxes();
		this.clock.set(Instant.parse("2026-12-23T12:00:00Z"));

		ready.confirmPortfolio(this.enrolled);

		assertThat(this.jdbc.sql("""
				select due_at from notifications where subject_id = ? and kind = 'GATEWAY_DECISION_REMINDER'
				order by due_at""").param(this.enrolled.id()).query(Instant.class).list())
			.containsExactly(london("2026-12-30T09:00"), london("2027-01-06T09:00"));
		assertThat(this.sender.sendDue()).isEqualTo(1);
		MimeMessage request = to(this.enrolled.lineManager().email());
		assertThat(request.getSubject()).isEqualTo("A gateway decision waiting: " + apprenticeName());
		assertThat(part(request, "text/plain")).contains("is ready for gateway")
			.contains("http://localhost:8080/apprentices/" + this.enrolled.id() + "/gateway")
			.containsPattern("http://localhost:8080/sign/gateway/[A-Za-z0-9_-]{20,}");
		assertThat(part(request, "text/html")).contains("Decide without signing in (the link works once)");
		smtp.purgeEmailFromAllMailboxes();

		this.clock.set(london("2026-12-30T09:00"));
		assertThat(this.sender.sendDue()).isEqualTo(1);
		assertThat(smtp.getReceivedMessages()).singleElement()
			.extracting(NotificationDeliveryTests::subject)
			.isEqualTo("Reminder: a gateway decision waiting: " + apprenticeName());
		smtp.purgeEmailFromAllMailboxes();

		this.gatewayDecisions.approve(this.enrolled.id(),
				this.testAccounts.organisationFor(org.hcstracker.people.Role.ASSESSOR).id(),
				TestAccounts.signedIn(this.enrolled.lineManager()));
		this.clock.set(london("2027-01-06T09:00"));

		this.sender.sendDue();
		assertThat(smtp.getReceivedMessages()).extracting(NotificationDeliveryTests::subject)
			.noneMatch((subject) -> subject.contains("gateway decision"));
		assertThat(status(this.enrolled.id(), "GATEWAY_DECISION_REMINDER")).containsExactlyInAnyOrder("SENT",
				"CANCELLED");
	}

	@Test
	void theCoachHearsOfTheApprenticesMessageOnEvidence() throws Exception {
		long id = this.testEvidence.submitted(this.enrolled, "Sample reception log", 1);
		this.sender.sendDue();
		smtp.purgeEmailFromAllMailboxes();

		this.conversation.post(this.enrolled.id(), id, "Could you look at the second page?",
				this.testEvidence.apprentice(this.enrolled));

		assertThat(this.sender.sendDue()).isEqualTo(1);
		MimeMessage message = to(this.enrolled.coach().email());
		assertThat(message.getSubject())
			.isEqualTo("New message on evidence: Sample reception log (" + apprenticeName() + ")");
		assertThat(part(message, "text/plain"))
			.contains("There is a new message in the conversation on the evidence \"Sample reception log\".")
			.contains("Open the evidence to read it and reply.")
			.contains("/apprentices/" + this.enrolled.id() + "/evidence/" + id)
			.doesNotContain("Could you look at the second page?");
		assertThat(part(message, "text/html")).contains("Open the evidence to read it and reply.")
			.doesNotContain("Could you look at the second page?");
	}

	@Test
	void aChangeRolledBackWritesAndSendsNothing() {
		new TransactionTemplate(this.transactionManager).executeWithoutResult((status) -> {
			this.scheduling.schedule(this.enrolled.id(), LocalDate.now(UkTime.ZONE).plusDays(3), TEN,
					new ReviewVenue("Room 4", null), this.coach);
			status.setRollbackOnly();
		});

		assertThat(this.sender.sendDue()).isZero();
		assertThat(smtp.getReceivedMessages()).isEmpty();
		assertThat(this.jdbc.sql("select count(*) from notifications where apprentice_id = ?")
			.param(this.enrolled.id())
			.query(Long.class)
			.single()).isZero();
	}

	@Test
	void whileTheMailServerIsDownNothingIsLostAndOnceBackEachMessageIsSentOnce() throws Exception {
		long reviewId = this.scheduling.schedule(this.enrolled.id(), LocalDate.now(UkTime.ZONE).plusDays(3), TEN,
				new ReviewVenue("Room 4", null), this.coach);
		smtp.stop();

		assertThat(this.sender.sendDue()).isZero();
		assertThat(this.jdbc.sql("""
				select attempts from notifications where subject_id = ? and kind = 'REVIEW_SCHEDULED'""")
			.param(reviewId)
			.query(Integer.class)
			.list()).containsOnly(1);
		this.clock.advance(Duration.ofSeconds(30));
		assertThat(this.sender.sendDue()).as("not tried again before the wait").isZero();
		this.clock.advance(Duration.ofSeconds(31));
		assertThat(this.sender.sendDue()).isZero();
		assertThat(this.jdbc.sql("""
				select attempts from notifications where subject_id = ? and kind = 'REVIEW_SCHEDULED'""")
			.param(reviewId)
			.query(Integer.class)
			.list()).as("the wait doubles").containsOnly(2);

		smtp = new GreenMail(SMTP);
		smtp.start();
		this.clock.advance(Duration.ofMinutes(2));
		assertThat(this.sender.sendDue()).isEqualTo(2);
		assertThat(this.sender.sendDue()).isZero();

		assertThat(smtp.getReceivedMessages()).hasSize(2);
		assertThat(smtp.getReceivedMessages()).extracting(MimeMessage::getMessageID)
			.containsExactlyInAnyOrderElementsOf(this.jdbc.sql("""
					select message_id from notifications where subject_id = ? and kind = 'REVIEW_SCHEDULED'""")
				.param(reviewId)
				.query(String.class)
				.list());
		assertThat(status(reviewId, "REVIEW_SCHEDULED")).containsOnly("SENT");
	}

	@Test
	void aMessageRefusedAtEveryAttemptIsGivenUpAsFailed() {
		long reviewId = this.scheduling.schedule(this.enrolled.id(), LocalDate.now(UkTime.ZONE).plusDays(3), TEN,
				new ReviewVenue("Room 4", null), this.coach);
		smtp.stop();

		for (int attempt = 0; attempt < 10; attempt++) {
			this.sender.sendDue();
			this.clock.advance(Duration.ofHours(2));
		}

		assertThat(status(reviewId, "REVIEW_SCHEDULED")).containsOnly("FAILED");
		assertThat(this.jdbc.sql("select last_error from notifications where subject_id = ? and kind = ?")
			.params(reviewId, "REVIEW_SCHEDULED")
			.query(String.class)
			.list()).allSatisfy((error) -> assertThat(error).isNotBlank());
	}

	@Test
	void theScheduledSenderSkipsItsTurnWhileAnotherNodeHoldsTheLock() {
		this.scheduling.schedule(this.enrolled.id(), LocalDate.now(UkTime.ZONE).plusDays(3), TEN,
				new ReviewVenue("Room 4", null), this.coach);
		this.jdbc
			.sql("""
						insert into shedlock (name, lock_until, locked_at, locked_by)
						values ('notification-sender', current_timestamp + interval '1' hour, current_timestamp, 'another-node')
					on conflict (name) do update set lock_until = excluded.lock_until, locked_by = excluded.locked_by""")
			.update();

		this.schedule.send();
		assertThat(smtp.getReceivedMessages()).isEmpty();

		this.jdbc.sql("update shedlock set lock_until = current_timestamp - interval '1' hour").update();
		this.schedule.send();
		assertThat(smtp.getReceivedMessages()).hasSize(2);
	}

	private static ReviewContent held() {
		LocalDate held = LocalDate.now(UkTime.ZONE).minusDays(1);
		return new ReviewContent(held, "Good progress since the last review", ReviewRag.GREEN, "On track",
				List.of(new AgreedAction("Upload the sample reception log", held.plusWeeks(4))));
	}

	private String apprenticeEmail() {
		return this.testEvidence.apprentice(this.enrolled).email();
	}

	private String apprenticeName() {
		return this.testEvidence.apprentice(this.enrolled).name();
	}

	private MimeMessage to(String email) throws Exception {
		for (MimeMessage message : smtp.getReceivedMessages()) {
			if (recipient(message).equals(email)) {
				return message;
			}
		}
		throw new AssertionError("No message to " + email);
	}

	private String messageId(long subjectId, long recipientId, String kind) {
		return this.jdbc
			.sql("select message_id from notifications where subject_id = ? and recipient_id = ? and kind = ?")
			.params(subjectId, recipientId, kind)
			.query(String.class)
			.single();
	}

	private List<String> status(long subjectId, String kind) {
		return this.jdbc.sql("select status from notifications where subject_id = ? and kind = ?")
			.params(subjectId, kind)
			.query(String.class)
			.list();
	}

	private List<Instant> dueDates(long reviewId) {
		return this.jdbc.sql("""
				select due_at from notifications where subject_id = ? and kind = 'REVIEW_TO_SIGN_REMINDER'
				order by due_at""").param(reviewId).query(Instant.class).list();
	}

	private long reviewVersion(long reviewId) {
		return this.jdbc.sql("select version from progress_reviews where id = ?")
			.param(reviewId)
			.query(Long.class)
			.single();
	}

	private static Instant london(String localDateTime) {
		return java.time.LocalDateTime.parse(localDateTime).atZone(UkTime.ZONE).toInstant();
	}

	private static String part(Part part, String type) throws Exception {
		if (part.isMimeType(type) && part.getDisposition() == null) {
			return (String) part.getContent();
		}
		if (part.isMimeType("multipart/*")) {
			Multipart multipart = (Multipart) part.getContent();
			for (int i = 0; i < multipart.getCount(); i++) {
				try {
					return part(multipart.getBodyPart(i), type);
				}
				catch (AssertionError ex) {
					// not in this part
				}
			}
		}
		throw new AssertionError("No " + type + " part");
	}

	private static BodyPart attachment(MimeMessage message) throws Exception {
		List<BodyPart> found = new ArrayList<>();
		Multipart multipart = (Multipart) message.getContent();
		for (int i = 0; i < multipart.getCount(); i++) {
			if (Part.ATTACHMENT.equalsIgnoreCase(multipart.getBodyPart(i).getDisposition())) {
				found.add(multipart.getBodyPart(i));
			}
		}
		assertThat(found).hasSize(1);
		return found.get(0);
	}

	private static String subject(MimeMessage message) {
		try {
			return message.getSubject();
		}
		catch (jakarta.mail.MessagingException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static String recipient(MimeMessage message) {
		try {
			return ((InternetAddress) message.getAllRecipients()[0]).getAddress();
		}
		catch (jakarta.mail.MessagingException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
