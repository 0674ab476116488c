package org.hcstracker.notifications;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Gathers the daily digests at the time configured
 * ({@code hcs.notifications.daily-digest-at}, a cron expression in England's time, 5 pm
 * by default) and writes the coaches' weekly summaries
 * ({@code hcs.notifications.weekly-summary-at}, Monday at 7 am by default), each on one
 * application node at a time. Each lock is held for some minutes at least, so that a node
 * whose clock is a little behind does not run the job again; each job also leaves alone
 * what an earlier run already did.
 */
@Component
class DigestSchedule {

	private final DailyDigests digests;

	private final WeeklySummaries summaries;

	DigestSchedule(DailyDigests digests, WeeklySummaries summaries) {
		this.digests = digests;
		this.summaries = summaries;
	}

	@Scheduled(cron = "${hcs.notifications.daily-digest-at:0 0 17 * * *}", zone = "Europe/London")
	@SchedulerLock(name = "notification-daily-digest", lockAtMostFor = "PT30M", lockAtLeastFor = "PT5M")
	public void gatherDigests() {
		this.digests.gather();
	}

	@Scheduled(cron = "${hcs.notifications.weekly-summary-at:0 0 7 * * MON}", zone = "Europe/London")
	@SchedulerLock(name = "notification-weekly-summary", lockAtMostFor = "PT30M", lockAtLeastFor = "PT5M")
	public void writeWeeklySummaries() {
		this.summaries.write();
	}

}
