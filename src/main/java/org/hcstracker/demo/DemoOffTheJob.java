package org.hcstracker.demo;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;

import org.hcstracker.people.CurrentUser;
import org.hcstracker.programme.ApprenticeDirectory;
import org.hcstracker.programme.ApprenticeRef;
import org.hcstracker.progress.OffTheJobActivity;
import org.hcstracker.progress.OffTheJobDetails;
import org.hcstracker.progress.OffTheJobEntryView;
import org.hcstracker.progress.OffTheJobPages;
import org.hcstracker.progress.OffTheJobService;
import org.hcstracker.shared.UkTime;
import org.springframework.stereotype.Component;

/**
 * Demo off-the-job training, recorded by the apprentices and approved or queried by their
 * coach: Jordan Ellis behind, with one entry queried, one queried then amended and
 * approved (the query kept in its history), and several waiting last month for the coach
 * to approve at once; Priya Sharma and most others on track (Mohammed Iqbal and Ryan
 * Patel, whom the browser tests use, have none).
 */
@Component
class DemoOffTheJob {

	private static final OffTheJobActivity[] ROTA = { OffTheJobActivity.STUDY_DAY, OffTheJobActivity.WORKBOOK,
			OffTheJobActivity.MENTORING, OffTheJobActivity.ONLINE_LEARNING, OffTheJobActivity.SHADOWING,
			OffTheJobActivity.TRAINING_COURSE };

	private final OffTheJobService offTheJob;

	private final OffTheJobPages pages;

	private final ApprenticeDirectory directory;

	private final DemoPeople people;

	private final Clock clock;

	private final DemoCheckpoint checkpoint;

	DemoOffTheJob(OffTheJobService offTheJob, OffTheJobPages pages, ApprenticeDirectory directory, DemoPeople people,
			Clock clock, DemoCheckpoint checkpoint) {
		this.checkpoint = checkpoint;
		this.offTheJob = offTheJob;
		this.pages = pages;
		this.directory = directory;
		this.people = people;
		this.clock = clock;
	}

	boolean isLoaded() {
		CurrentUser jordan = as(DemoApprentices.FIRST_APPRENTICE);
		ApprenticeRef ref = this.directory.ownReference(jordan).orElseThrow();
		return this.pages.log(ref.id(), jordan, 0).entries().getTotalElements() > 0;
	}

	void load() {
		CurrentUser aisha = as("coach@demo.test");
		record(as("priya.sharma@demo.test"), aisha, 3, new BigDecimal("7"), false);
		record(as(DemoApprentices.FIRST_APPRENTICE), aisha, 1, new BigDecimal("7.5"), true);
		waitingLastMonth(as(DemoApprentices.FIRST_APPRENTICE));
		for (String onTrack : new String[] { "liam.oconnor@demo.test", "chloe.turner@demo.test",
				"hannah.lewis@demo.test", "daniel.hughes@demo.test", "sophie.kaur@demo.test" }) {
			record(as(onTrack), aisha, 3, new BigDecimal("7"), false);
		}
		record(as("emily.watson@demo.test"), as("tom.okafor@demo.test"), 3, new BigDecimal("7"), false);
	}

	private void record(CurrentUser apprentice, CurrentUser coach, int perMonth, BigDecimal hours, boolean queryOne) {
		this.checkpoint.now();
		ApprenticeRef ref = this.directory.ownReference(apprentice).orElseThrow();
		LocalDate today = UkTime.today(this.clock);
		int n = 0;
		for (LocalDate month = ref.startDate(); month.isBefore(today); month = month.plusMonths(1)) {
			for (int i = 0; i < perMonth; i++) {
				LocalDate date = month.plusDays(3 + 7L * i);
				if (date.isAfter(today)) {
					continue;
				}
				long id = this.offTheJob.record(ref.id(),
						new OffTheJobDetails(date, hours, ROTA[n++ % ROTA.length], "Logged with my coach's agreement"),
						apprentice);
				if (date.isBefore(today.minusDays(30))) {
					OffTheJobEntryView entry = this.pages.entryToAmend(ref.id(), id, apprentice);
					if (queryOne && n == 3) {
						this.offTheJob.query(ref.id(), id, entry.version(),
								"Which module of the workbook was this? Add it to the note.", coach);
					}
					else if (queryOne && n == 5) {
						queryAmendApprove(ref, id, entry, apprentice, coach);
					}
					else {
						this.offTheJob.approve(ref.id(), id, entry.version(), coach);
					}
				}
			}
		}
	}

	private void queryAmendApprove(ApprenticeRef ref, long id, OffTheJobEntryView entry, CurrentUser apprentice,
			CurrentUser coach) {
		this.offTheJob.query(ref.id(), id, entry.version(), "Which shift did you shadow, and with whom?", coach);
		OffTheJobEntryView queried = this.pages.entryToAmend(ref.id(), id, apprentice);
		this.offTheJob.amend(ref.id(), id,
				new OffTheJobDetails(queried.activityDate(), queried.hours(), queried.activity(),
						"Shadowed the night shift on Ward 7 with the senior phlebotomist"),
				queried.version(), apprentice);
		this.offTheJob.approve(ref.id(), id, this.pages.entryToAmend(ref.id(), id, apprentice).version(), coach);
	}

	/** Several entries of last month left waiting, for the coach to approve at once. */
	private void waitingLastMonth(CurrentUser apprentice) {
		ApprenticeRef ref = this.directory.ownReference(apprentice).orElseThrow();
		YearMonth last = YearMonth.from(UkTime.today(this.clock)).minusMonths(1);
		OffTheJobActivity[] activities = { OffTheJobActivity.ONLINE_LEARNING, OffTheJobActivity.WORKBOOK,
				OffTheJobActivity.MENTORING };
		for (int i = 0; i < activities.length; i++) {
			LocalDate date = last.atDay(10 + 7 * i);
			if (!date.isBefore(ref.startDate())) {
				this.offTheJob.record(ref.id(), new OffTheJobDetails(date, new BigDecimal("3.5"), activities[i],
						"Logged with my coach's agreement"), apprentice);
			}
		}
	}

	private CurrentUser as(String email) {
		return this.people.as(email);
	}

}
