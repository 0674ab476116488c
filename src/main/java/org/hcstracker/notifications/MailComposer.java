package org.hcstracker.notifications;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Properties;

import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.util.ByteArrayDataSource;
import org.hcstracker.shared.UkTime;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;

/**
 * Turns a message in the outbox into an email: its subject, HTML and plain-text bodies,
 * the iCalendar invitation of a review scheduled, and the row's own Message-ID, so that
 * every attempt sends the same message.
 */
@Component
class MailComposer {

	private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", Locale.UK);

	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm", Locale.UK);

	private static final Session SESSION = Session.getInstance(new Properties());

	private final MailTemplates templates;

	private final MessageSource messages;

	private final NotificationProperties properties;

	private final SignLinks signLinks;

	MailComposer(MailTemplates templates, MessageSource messages, NotificationProperties properties,
			SignLinks signLinks) {
		this.templates = templates;
		this.signLinks = signLinks;
		this.messages = messages;
		this.properties = properties;
	}

	/**
	 * The email for a message.
	 * @param notification the message
	 * @return the email, ready to send
	 * @throws MessagingException if it cannot be put together
	 */
	MimeMessage compose(Notification notification) throws MessagingException {
		MailView view = view(notification);
		MimeMessage message = new FixedIdMessage(SESSION, notification.getMessageId());
		MimeMessageHelper helper = new MimeMessageHelper(message, true, StandardCharsets.UTF_8.name());
		helper.setFrom(InternetAddress.parse(this.properties.from())[0]);
		try {
			helper.setTo(new InternetAddress(notification.getRecipientEmail(), notification.getRecipientName(),
					StandardCharsets.UTF_8.name()));
		}
		catch (java.io.UnsupportedEncodingException ex) {
			throw new MessagingException("Cannot encode the recipient's name", ex);
		}
		helper.setSubject(subject(notification));
		helper.setText(this.templates.text(view), this.templates.html(view));
		Instant starts = notification.getStartsAt();
		if (notification.getKind() == NotificationKind.REVIEW_SCHEDULED && starts != null) {
			String calendar = Invitation.of(notification.getSubjectId(), subject(notification), starts,
					notification.getPlace(), notification.getOnlineLink(),
					InternetAddress.parse(this.properties.from())[0].getAddress(), notification.getRecipientEmail(),
					this.properties.mailDomain());
			helper.addAttachment("invitation.ics", new ByteArrayDataSource(calendar.getBytes(StandardCharsets.UTF_8),
					"text/calendar; method=REQUEST; charset=UTF-8"));
		}
		return message;
	}

	/**
	 * What the message's templates show, with a new one-time link to sign if it carries
	 * one.
	 * @param notification the message
	 * @return the view
	 */
	MailView view(Notification notification) {
		return view(notification, this.signLinks.forMessage(notification));
	}

	/**
	 * The message's plain-text body.
	 * @param view what it shows
	 * @return the text
	 */
	String text(MailView view) {
		return this.templates.text(view);
	}

	/**
	 * The message's subject line.
	 * @param notification the message
	 * @return its subject
	 */
	String subject(Notification notification) {
		return this.messages.getMessage("notification.subject." + notification.getKind().name(), new Object[] {
				notification.getApprenticeName(), (notification.getDetail() != null) ? notification.getDetail() : "" },
				Locale.UK);
	}

	/**
	 * What the message's templates show.
	 * @param notification the message
	 * @param signLink the one-time link to sign, if it carries one
	 * @return the view
	 */
	private MailView view(Notification notification, @Nullable String signLink) {
		Instant starts = notification.getStartsAt();
		ZonedDateTime local = (starts != null) ? starts.atZone(UkTime.ZONE) : null;
		return new MailView(notification.getKind(), notification.getRecipientName(), notification.getApprenticeName(),
				notification.getDetail(), (local != null) ? DATE.format(local) : null,
				(local != null) ? TIME.format(local) : null, notification.getPlace(), notification.getOnlineLink(),
				link(notification), signLink);
	}

	private String link(Notification notification) {
		String apprentice = this.properties.baseUrl() + "/apprentices/" + notification.getApprenticeId();
		return switch (notification.getKind()) {
			case REVIEW_TO_SIGN, REVIEW_TO_SIGN_REMINDER, REVIEW_SCHEDULED ->
				apprentice + "/reviews/" + notification.getSubjectId();
			case EVIDENCE_RETURNED, EVIDENCE_ACCEPTED -> apprentice + "/evidence/" + notification.getSubjectId();
			case HOURS_QUERIED -> apprentice + "/off-the-job";
			case GATEWAY_DECISION, GATEWAY_DECISION_REMINDER -> apprentice + "/gateway";
			case GATEWAY_APPROVED, CERTIFICATE_TO_RECORD, ASSESSOR_ASSIGNED, GRADE_CONFIRMED, CERTIFICATE_ISSUED ->
				apprentice + "/epa";
			case EVIDENCE_MESSAGE -> apprentice + "/evidence/" + notification.getSubjectId();
		};
	}

	/** A message whose Message-ID is the one given, whenever it is saved. */
	private static final class FixedIdMessage extends MimeMessage {

		private final String id;

		FixedIdMessage(Session session, String id) {
			super(session);
			this.id = id;
		}

		@Override
		protected void updateMessageID() throws MessagingException {
			setHeader("Message-ID", this.id);
		}

	}

}
