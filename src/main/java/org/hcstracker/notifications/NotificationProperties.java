package org.hcstracker.notifications;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How notifications are sent.
 *
 * @param baseUrl the address people open the app at, for the links in messages
 * @param from the sender's address
 * @param mailDomain the domain of each message's Message-ID
 * @param batchSize the most messages sent in one round
 * @param firstRetryWait the wait after a failed attempt, doubled after each further one
 * @param longestRetryWait the longest wait between attempts
 * @param maxAttempts the attempts after which a message is given up as failed
 * @param reminderWorkingDays after how many working days a review still unsigned is
 * reminded of
 * @param bankHolidays the bank holidays left out of working days
 * @param signLinkValidFor how long a link to sign from the email works
 */
@ConfigurationProperties(prefix = "hcs.notifications")
record NotificationProperties(@DefaultValue("http://localhost:8080") String baseUrl,
		@DefaultValue("HCS Tracker <no-reply@hcs-tracker.invalid>") String from,
		@DefaultValue("hcs-tracker.invalid") String mailDomain, @DefaultValue("50") int batchSize,
		@DefaultValue("1m") Duration firstRetryWait, @DefaultValue("1h") Duration longestRetryWait,
		@DefaultValue("10") int maxAttempts, @DefaultValue( {
				"3", "7" }) List<Integer> reminderWorkingDays,
		@DefaultValue List<LocalDate> bankHolidays, @DefaultValue("7d") Duration signLinkValidFor){
}
