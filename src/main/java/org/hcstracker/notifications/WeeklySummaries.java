package org.hcstracker.notifications;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import org.hcstracker.people.AccountService;
import org.hcstracker.people.AccountView;
import org.hcstracker.people.CurrentUser;
import org.hcstracker.people.Role;
import org.hcstracker.programme.ApprenticeListQuery;
import org.hcstracker.programme.ApprenticeRow;
import org.hcstracker.risk.Risk;
import org.hcstracker.risk.RiskList;
import org.hcstracker.risk.RiskService;
import org.hcstracker.risk.StatusFilter;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Each coach's weekly summary of their apprentices with a red or amber status: written
 * once a week to each coach who has any, and put together, when it is sent, from the
 * at-risk flags as they then stand (the most at risk first, a page of each status at
 * most, with how many more there are).
 */
@Component
class WeeklySummaries {

	/** A coach is written at most one summary within this time, however often it runs. */
	static final Duration ONCE_A_WEEK = Duration.ofDays(6);

	private final RiskService risks;

	private final AccountService accounts;

	private final Outbox outbox;

	private final NotificationRepository notifications;

	private final MessageSource messages;

	private final Clock clock;

	WeeklySummaries(RiskService risks, AccountService accounts, Outbox outbox, NotificationRepository notifications,
			MessageSource messages, Clock clock) {
		this.risks = risks;
		this.accounts = accounts;
		this.outbox = outbox;
		this.notifications = notifications;
		this.messages = messages;
		this.clock = clock;
	}

	/**
	 * Writes this week's summary to each coach with an apprentice red or amber, unless
	 * they were written one in the last days.
	 * @return how many summaries were written
	 */
	int write() {
		int written = 0;
		for (AccountView coach : this.accounts.enabledAccountsWithRole(Role.COACH)) {
			if (this.notifications.existsByRecipientIdAndKindAndCreatedAtAfter(coach.id(),
					NotificationKind.WEEKLY_SUMMARY, this.clock.instant().minus(ONCE_A_WEEK))) {
				continue;
			}
			RiskList red = list(coach, StatusFilter.RED);
			if (red.counts().red() + red.counts().amber() == 0) {
				continue;
			}
			this.outbox
				.write(new NotificationFacts(NotificationKind.WEEKLY_SUMMARY, coach, 0, "", 0, null, null, null, null));
			written++;
		}
		return written;
	}

	/**
	 * The summary's lines for a coach: each apprentice red, then each amber, with the
	 * status and reasons in words; a last line says how many more there are, if any.
	 * @param coachId the coach
	 * @param baseUrl the app's address, for the links
	 * @return the lines
	 */
	List<MailItem> items(long coachId, String baseUrl) {
		AccountView coach = this.accounts.find(coachId);
		List<MailItem> items = new ArrayList<>();
		for (StatusFilter status : List.of(StatusFilter.RED, StatusFilter.AMBER)) {
			RiskList list = list(coach, status);
			for (ApprenticeRow row : list.page().getContent()) {
				items.add(new MailItem(line(row, list.risks().get(row.id())), baseUrl + "/apprentices/" + row.id()));
			}
			long more = list.page().getTotalElements() - list.page().getNumberOfElements();
			if (more > 0) {
				items.add(new MailItem(this.messages.getMessage("mail.weeklySummary.more." + status.name(),
						new Object[] { more }, Locale.UK), baseUrl + StatusFilter.keptIn("/coach", status)));
			}
		}
		return items;
	}

	private RiskList list(AccountView coach, StatusFilter status) {
		CurrentUser asCoach = CurrentUser.of(coach.id(), coach.email(), coach.name(), Role.COACH,
				coach.organisationId());
		return this.risks.caseload(asCoach, ApprenticeListQuery.riskFirst("", null, 0), status);
	}

	private String line(ApprenticeRow row, @Nullable Risk risk) {
		if (risk == null) {
			return row.name();
		}
		String reasons = risk.flags()
			.stream()
			.map((reason) -> this.messages.getMessage(reason.messageKey(), reason.argumentArray(), Locale.UK))
			.collect(Collectors.joining(" "));
		Object rag = risk.rag();
		String status = (rag != null) ? this.messages.getMessage("risk.rag." + rag, null, Locale.UK) : "";
		return this.messages.getMessage("mail.weeklySummary.line", new Object[] { row.name(), status, reasons },
				Locale.UK);
	}

}
