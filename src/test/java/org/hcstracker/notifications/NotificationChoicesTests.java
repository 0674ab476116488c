package org.hcstracker.notifications;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import com.icegreen.greenmail.util.GreenMail;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import org.hcstracker.people.AccountView;
import org.hcstracker.people.CurrentUser;
import org.hcstracker.people.Role;
import org.hcstracker.portfolio.EvidenceService;
import org.hcstracker.programme.ApprenticeDirectory;
import org.hcstracker.programme.ApprenticeLists;
import org.hcstracker.progress.AgreedAction;
import org.hcstracker.progress.OffTheJobActivity;
import org.hcstracker.progress.OffTheJobDetails;
import org.hcstracker.progress.OffTheJobService;
import org.hcstracker.progress.ProgressReviewService;
import org.hcstracker.progress.ReviewContent;
import org.hcstracker.progress.ReviewRag;
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

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Each person's choice of how they receive each kind of message, and what the sender, the
 * daily digest and the weekly summary make of it, delivered to a GreenMail server.
 */
class NotificationChoicesTests extends WithMailServer {

	@Autowired
	OutboxSender sender;

	@Autowired
	DailyDigests digests;

	@Autowired
	WeeklySummaries summaries;

	@Autowired
	MailComposer composer;

	@Autowired
	NotificationSettings settings;

	@Autowired
	NotificationRepository notifications;

	@Autowired
	ProgressReviewService reviews;

	@Autowired
	OffTheJobService offTheJob;

	@Autowired
	EvidenceService evidence;

	@Autowired
	ApprenticeLists lists;

	@Autowired
	ApprenticeDirectory directory;

	@Autowired
	TestAccounts testAccounts;

	@Autowired
	org.hcstracker.people.AccountService accounts;

	@Autowired
	TestApprentices testApprentices;

	@Autowired
	TestEvidence testEvidence;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	MutableClock clock;

	private Enrolled enrolled;

	private CurrentUser apprentice;

	private CurrentUser coach;

	@BeforeEach
	void enrol() {
		this.clock.set(Instant.now());
		this.jdbc.sql("update notifications set status = 'CANCELLED' where status in ('WAITING', 'HELD_FOR_DIGEST')")
			.update();
		this.enrolled = this.testApprentices.enrolNew();
		this.apprentice = this.testEvidence.apprentice(this.enrolled);
		this.coach = this.testEvidence.coach(this.enrolled);
	}

	@AfterEach
	void emptyMailboxes() throws Exception {
		smtp.purgeEmailFromAllMailboxes();
	}

	@Test
	void eachKindStartsAtItsDefaultAndRequiredKindsAreShownFixed() {
		assertThat(this.settings.settings(this.apprentice))
			.extracting(NotificationSettings.Setting::kind, NotificationSettings.Setting::delivery,
					NotificationSettings.Setting::required)
			.containsExactly(
					org.assertj.core.groups.Tuple.tuple(NotificationKind.REVIEW_TO_SIGN, Delivery.IMMEDIATE, true),
					org.assertj.core.groups.Tuple.tuple(NotificationKind.REVIEW_TO_SIGN_REMINDER, Delivery.IMMEDIATE,
							true),
					org.assertj.core.groups.Tuple.tuple(NotificationKind.REVIEW_SCHEDULED, Delivery.IMMEDIATE, false),
					org.assertj.core.groups.Tuple.tuple(NotificationKind.EVIDENCE_RETURNED, Delivery.IMMEDIATE, false),
					org.assertj.core.groups.Tuple.tuple(NotificationKind.EVIDENCE_ACCEPTED, Delivery.IMMEDIATE, false),
					org.assertj.core.groups.Tuple.tuple(NotificationKind.HOURS_QUERIED, Delivery.IMMEDIATE, false),
					org.assertj.core.groups.Tuple.tuple(NotificationKind.GRADE_CONFIRMED, Delivery.IMMEDIATE, false),
					org.assertj.core.groups.Tuple.tuple(NotificationKind.CERTIFICATE_ISSUED, Delivery.IMMEDIATE, false),
					org.assertj.core.groups.Tuple.tuple(NotificationKind.EVIDENCE_MESSAGE, Delivery.IMMEDIATE, false));
		assertThat(this.settings.settings(this.coach))
			.extracting(NotificationSettings.Setting::kind, NotificationSettings.Setting::delivery)
			.containsExactly(
					org.assertj.core.groups.Tuple.tuple(NotificationKind.EVIDENCE_SUBMITTED, Delivery.DAILY_DIGEST),
					org.assertj.core.groups.Tuple.tuple(NotificationKind.HOURS_LOGGED, Delivery.DAILY_DIGEST),
					org.assertj.core.groups.Tuple.tuple(NotificationKind.WEEKLY_SUMMARY, Delivery.IMMEDIATE),
					org.assertj.core.groups.Tuple.tuple(NotificationKind.GRADE_CONFIRMED, Delivery.IMMEDIATE),
					org.assertj.core.groups.Tuple.tuple(NotificationKind.CERTIFICATE_ISSUED, Delivery.IMMEDIATE),
					org.assertj.core.groups.Tuple.tuple(NotificationKind.EVIDENCE_MESSAGE, Delivery.IMMEDIATE));
	}

	@Test
	void aChoiceIsKeptAndChangedButARequiredKindOrAnotherRolesKindIsRefused() {
		this.settings.choose(Map.of(NotificationKind.EVIDENCE_ACCEPTED, Delivery.OFF), this.apprentice);
		this.settings.choose(Map.of(NotificationKind.EVIDENCE_ACCEPTED, Delivery.DAILY_DIGEST,
				NotificationKind.HOURS_QUERIED, Delivery.OFF), this.apprentice);

		assertThat(this.settings.deliveryOf(this.apprentice.accountId(), NotificationKind.EVIDENCE_ACCEPTED))
			.isEqualTo(Delivery.DAILY_DIGEST);
		assertThat(this.settings.deliveryOf(this.apprentice.accountId(), NotificationKind.HOURS_QUERIED))
			.isEqualTo(Delivery.OFF);
		assertThat(this.jdbc.sql("select count(*) from notification_preferences where account_id = ?")
			.param(this.apprentice.accountId())
			.query(Long.class)
			.single()).isEqualTo(2);
		assertThatThrownBy(
				() -> this.settings.choose(Map.of(NotificationKind.REVIEW_TO_SIGN, Delivery.OFF), this.apprentice))
			.isInstanceOf(NotificationRuleException.class)
			.hasMessage("notification.settings.required");
		assertThatThrownBy(
				() -> this.settings.choose(Map.of(NotificationKind.EVIDENCE_SUBMITTED, Delivery.OFF), this.apprentice))
			.isInstanceOf(NotificationRuleException.class)
			.hasMessage("notification.settings.notYours");
		assertThat(this.settings.deliveryOf(this.apprentice.accountId(), NotificationKind.REVIEW_TO_SIGN))
			.isEqualTo(Delivery.IMMEDIATE);
	}

	@Test
	void theSenderEmailsAtOnceHoldsForTheDigestOrLeavesOutAsEachPersonChose() throws Exception {
		this.settings.choose(Map.of(NotificationKind.EVIDENCE_ACCEPTED, Delivery.OFF, NotificationKind.HOURS_QUERIED,
				Delivery.DAILY_DIGEST), this.apprentice);
		long returned = this.testEvidence.returned(this.enrolled, "Sample reception log", 1);
		long accepted = this.testEvidence.accepted(this.enrolled, "Reflective account", 2);
		long entry = queriedHours();

		assertThat(this.sender.sendDue()).isEqualTo(1);

		assertThat(smtp.getReceivedMessages()).singleElement().satisfies((message) -> {
			assertThat(recipient(message)).isEqualTo(this.apprentice.email());
			assertThat(message.getSubject()).isEqualTo("Evidence returned with feedback: Sample reception log");
		});
		assertThat(status(returned, "EVIDENCE_RETURNED")).isEqualTo("SENT");
		assertThat(status(accepted, "EVIDENCE_ACCEPTED")).isEqualTo("NOT_EMAILED");
		assertThat(status(entry, "HOURS_QUERIED")).isEqualTo("HELD_FOR_DIGEST");
		assertThat(status(returned, "EVIDENCE_SUBMITTED")).as("the coach's digest by default")
			.isEqualTo("HELD_FOR_DIGEST");
		assertThat(this.sender.sendDue()).as("nothing is tried again").isZero();
	}

	@Test
	void aRequiredKindIsEmailedAtOnceWhateverIsStoredForIt() throws Exception {
		this.jdbc.sql("""
				insert into notification_preferences (account_id, kind, delivery, version)
				values (?, 'REVIEW_TO_SIGN', 'OFF', 0)""").param(this.enrolled.lineManager().id()).update();
		LocalDate held = LocalDate.now(UkTime.ZONE).minusDays(1);
		this.reviews.record(this.enrolled.id(), new ReviewContent(held, "Good progress", ReviewRag.GREEN, "On track",
				List.of(new AgreedAction("Upload the log", held.plusWeeks(4)))), this.coach);

		this.sender.sendDue();

		assertThat(Arrays.stream(smtp.getReceivedMessages()).map(NotificationChoicesTests::recipient))
			.contains(this.enrolled.lineManager().email());
	}

	@Test
	void theDailyDigestGathersOnePersonsMessagesIntoOneEmailAndMarksThemSent() throws Exception {
		long first = this.testEvidence.submitted(this.enrolled, "Point-of-care testing log", 1);
		long second = this.testEvidence.submitted(this.enrolled, "Witness statement", 2);
		long entry = loggedHours();
		this.sender.sendDue();
		assertThat(smtp.getReceivedMessages()).isEmpty();

		this.digests.gather();
		assertThat(this.digests.gather()).as("a second run finds nothing to gather").isZero();
		assertThat(this.sender.sendDue()).isPositive();

		MimeMessage digest = onlyTo(this.coach.email());
		assertThat(digest.getSubject()).isEqualTo("Your daily digest from HCS Tracker");
		String text = part(digest, "text/plain");
		String name = this.apprentice.name();
		assertThat(text).containsSubsequence("Evidence submitted: Point-of-care testing log (" + name + ")",
				"/apprentices/" + this.enrolled.id() + "/evidence/" + first,
				"Evidence submitted: Witness statement (" + name + ")",
				"/apprentices/" + this.enrolled.id() + "/evidence/" + second, "Off-the-job hours logged: " + name,
				"/apprentices/" + this.enrolled.id() + "/off-the-job");
		assertThat(status(first, "EVIDENCE_SUBMITTED")).isEqualTo("SENT");
		assertThat(status(second, "EVIDENCE_SUBMITTED")).isEqualTo("SENT");
		assertThat(status(entry, "HOURS_LOGGED")).isEqualTo("SENT");
		assertThat(this.jdbc.sql("""
				select status from notifications where recipient_id = ? and kind = 'DAILY_DIGEST'""")
			.param(this.coach.accountId())
			.query(String.class)
			.list()).containsExactly("SENT");
	}

	@Test
	void theWeeklySummaryListsTheCoachsRedThenAmberApprenticesWithTheirReasons() throws Exception {
		AccountView coach = this.testAccounts.person(Role.COACH);
		AccountView lineManager = this.testAccounts.person(Role.EMPLOYER);
		long red = enrol(lineManager, coach, "Zara Quint");
		long amber = enrol(lineManager, coach, "Mia Fennel");
		long green = enrol(lineManager, coach, "Adam Brook");
		keepUp(amber, coach, false);
		keepUp(green, coach, true);

		this.summaries.write();
		this.summaries.write();

		List<Notification> written = this.notifications.findAll()
			.stream()
			.filter((row) -> row.getRecipientId() == coach.id() && row.getKind() == NotificationKind.WEEKLY_SUMMARY)
			.toList();
		assertThat(written).as("once a week").hasSize(1);
		MailView view = this.composer.view(written.get(0));
		assertThat(view.items()).hasSize(2);
		assertThat(view.items().get(0).text()).startsWith("Zara Quint: Red: act now. Progress review overdue: ")
			.contains(" Off-the-job hours behind: ")
			.contains(" No evidence submitted for more than 8 weeks");
		assertThat(view.items().get(1).text())
			.startsWith("Mia Fennel: Amber: keep an eye. No evidence submitted for more than 8 weeks")
			.doesNotContain("Progress review overdue");
		assertThat(view.items()).extracting(MailItem::link)
			.containsExactly("http://localhost:8080/apprentices/" + red, "http://localhost:8080/apprentices/" + amber);
		assertThat(this.composer.text(view)).contains("Your apprentices with a red or amber status")
			.contains("Zara Quint: Red: act now.")
			.doesNotContain("Adam Brook");
		assertThat(this.composer.subject(written.get(0))).isEqualTo("Your weekly summary of apprentices at risk");
	}

	private long enrol(AccountView lineManager, AccountView coach, String name) {
		var request = this.testApprentices.enrolmentRequest(lineManager, coach, name);
		return this.lists.findIdByUln(request.uln(), this.testApprentices.admin()).orElseThrow();
	}

	/**
	 * A review held a week ago, the off-the-job hours expected by now and, if asked,
	 * evidence submitted: amber without the evidence, green with it.
	 */
	private void keepUp(long apprenticeId, AccountView coach, boolean evidence) {
		long accountId = this.directory.reference(apprenticeId, this.testApprentices.admin()).accountId();
		CurrentUser apprentice = TestAccounts.signedIn(this.accounts.find(accountId));
		LocalDate held = LocalDate.now().minusWeeks(1);
		this.reviews.record(apprenticeId, new ReviewContent(held, "Keeping up well", ReviewRag.GREEN, "On track",
				List.of(new AgreedAction("Carry on", held.plusWeeks(4)))), TestAccounts.signedIn(coach));
		for (int day = 1; day <= 15; day++) {
			this.offTheJob.record(apprenticeId, new OffTheJobDetails(LocalDate.now().minusDays(day),
					new BigDecimal("12"), OffTheJobActivity.STUDY_DAY, null), apprentice);
		}
		if (evidence) {
			this.evidence.create(apprenticeId, this.testEvidence.details("Recent work", 4), true, apprentice);
		}
	}

	private long queriedHours() {
		long entry = loggedHours();
		long version = this.jdbc.sql("select version from off_the_job_entries where id = ?")
			.param(entry)
			.query(Long.class)
			.single();
		this.offTheJob.query(this.enrolled.id(), entry, version, "Which course was it?", this.coach);
		return entry;
	}

	private long loggedHours() {
		return this.offTheJob.record(this.enrolled.id(), new OffTheJobDetails(LocalDate.now(UkTime.ZONE).minusDays(2),
				new BigDecimal("3.5"), OffTheJobActivity.STUDY_DAY, null), this.apprentice);
	}

	private String status(long subjectId, String kind) {
		return this.jdbc.sql("select status from notifications where subject_id = ? and kind = ?")
			.params(subjectId, kind)
			.query(String.class)
			.single();
	}

	private static MimeMessage onlyTo(String email) {
		List<MimeMessage> found = Arrays.stream(smtp.getReceivedMessages())
			.filter((message) -> recipient(message).equals(email))
			.toList();
		assertThat(found).hasSize(1);
		return found.get(0);
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

	private static String recipient(MimeMessage message) {
		try {
			return ((InternetAddress) message.getAllRecipients()[0]).getAddress();
		}
		catch (jakarta.mail.MessagingException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
