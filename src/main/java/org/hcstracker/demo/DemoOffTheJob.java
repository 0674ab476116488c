package org.hcstracker.demo;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;

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
 * coach: Jordan Ellis behind, with entries waiting and one queried; Priya Sharma and most
 * others on track (Mohammed Iqbal and Ryan Patel, whom the browser tests use, have none).
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
					else {
						this.offTheJob.approve(ref.id(), id, entry.version(), coach);
					}
				}
			}
		}
	}

	private CurrentUser as(String email) {
		return this.people.as(email);
	}

}
